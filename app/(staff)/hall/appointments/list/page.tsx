import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentFilters } from "@/components/hall/appointments/appointment-filters";
import { AppointmentTable } from "@/components/hall/appointments/appointment-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listAppointments } from "@/lib/hall/appointments/queries";

export const metadata: Metadata = { title: "预约列表" };

export default async function AppointmentListPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.read")) notFound();
  const p = await searchParams;
  const filters = { status: firstParam(p.status), type: firstParam(p.type), method: firstParam(p.method), from: firstParam(p.from), to: firstParam(p.to) };
  const list = await listAppointments(scope, { ...filters, page: Number(firstParam(p.page)) || 1 });
  return (
    <>
      <PageHeader
        title="预约列表"
        breadcrumbs={[{ label: "预约服务", href: "/hall/appointments" }, { label: "预约列表" }]}
        actions={can(scope, "hall.handle") ? <Link href="/hall/appointments/new" className={buttonClass("primary")}>登记预约</Link> : undefined}
      />
      <AppointmentFilters values={filters} />
      <AppointmentTable rows={list.rows} />
      <Pagination basePath="/hall/appointments/list" searchParams={filters} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
