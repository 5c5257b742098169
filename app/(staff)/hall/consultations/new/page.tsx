import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsultationForm } from "@/components/hall/consultations/consultation-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getClientSummary } from "@/lib/hall/consultations/client-lookup";
import { getConsultationFormOptions } from "@/lib/hall/consultations/queries";

export const metadata: Metadata = { title: "登记咨询" };

export default async function NewConsultationPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.handle")) notFound();
  const params = await searchParams;
  const [options, client] = await Promise.all([getConsultationFormOptions(scope), getClientSummary(scope, firstParam(params.personId))]);
  return (
    <>
      <PageHeader title="登记咨询" breadcrumbs={[{ label: "咨询登记", href: "/hall/consultations" }, { label: "登记咨询" }]} />
      <ConsultationForm windows={options.windows} defaultFollowUpDate={options.defaultFollowUpDate} initialClient={client} />
    </>
  );
}
