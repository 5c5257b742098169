import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssistRegisterForm } from "@/components/hall/assist/assist-register-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getAssistFormOptions } from "@/lib/hall/assist/queries";
import { getClientSummary } from "@/lib/hall/consultations/client-lookup";

export const metadata: Metadata = { title: "帮办代办委托登记" };

export default async function NewAssistPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.handle")) notFound();
  const p = await searchParams;
  const [opts, client] = await Promise.all([getAssistFormOptions(scope), getClientSummary(scope, firstParam(p.personId))]);
  const kind = firstParam(p.kind) === "PROXY" ? "PROXY" : firstParam(p.kind) === "ASSIST" ? "ASSIST" : undefined;
  return (
    <>
      <PageHeader
        title="帮办代办委托登记"
        description="帮办代办员现场进行委托登记，并当场审查材料是否齐全（§7.5.3.1–7.5.3.2）。"
        breadcrumbs={[{ label: "帮办代办", href: "/hall/assist" }, { label: "委托登记" }]}
      />
      <AssistRegisterForm items={opts.items} agents={opts.agents} initialClient={client} initialItemCode={firstParam(p.itemCode)} initialKind={kind} />
    </>
  );
}
