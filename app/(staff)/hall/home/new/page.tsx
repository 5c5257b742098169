import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeRequestForm } from "@/components/hall/home/home-request-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getClientSummary } from "@/lib/hall/consultations/client-lookup";
import { getHomeFormOptions } from "@/lib/hall/home/queries";

export const metadata: Metadata = { title: "登记上门服务申请" };

export default async function NewHomeServicePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.handle")) notFound();
  const p = await searchParams;
  const [opts, client] = await Promise.all([getHomeFormOptions(scope), getClientSummary(scope, firstParam(p.personId))]);
  return (
    <>
      <PageHeader
        title="登记上门服务申请"
        description="申请人或其代理人向服务窗口申请预约上门服务（§7.3.2 a）。"
        breadcrumbs={[{ label: "上门服务", href: "/hall/home" }, { label: "登记申请" }]}
      />
      <HomeRequestForm items={opts.items} initialClient={client} initialItemCode={firstParam(p.itemCode)} />
    </>
  );
}
