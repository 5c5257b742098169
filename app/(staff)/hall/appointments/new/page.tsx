import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppointmentForm } from "@/components/hall/appointments/appointment-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getAppointmentFormOptions } from "@/lib/hall/appointments/form-options";
import { getClientSummary } from "@/lib/hall/consultations/client-lookup";

export const metadata: Metadata = { title: "登记预约" };

export default async function NewAppointmentPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.handle")) notFound();
  const p = await searchParams;
  const [opts, client] = await Promise.all([getAppointmentFormOptions(scope), getClientSummary(scope, firstParam(p.personId))]);
  return (
    <>
      <PageHeader
        title="登记预约"
        description="电话预约按急事急办原则受理；现场预约可由申请人或其代理人办理（§7.2.2）。"
        breadcrumbs={[{ label: "预约服务", href: "/hall/appointments" }, { label: "登记预约" }]}
      />
      <AppointmentForm opts={opts} initialClient={client} initialItemCode={firstParam(p.itemCode)} />
    </>
  );
}
