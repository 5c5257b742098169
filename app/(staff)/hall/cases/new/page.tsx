import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientLookupForm } from "@/components/hall/cases/client-lookup-form";
import { RegisterCaseForm } from "@/components/hall/cases/register-case-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { getRegisterFormOptions } from "@/lib/hall/cases/form-options";
import { getClientSummary } from "@/lib/hall/cases/queries";

export const metadata: Metadata = { title: "受理登记" };

export default async function NewCasePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.handle")) notFound();
  const params = await searchParams;
  const preset = {
    itemCode: firstParam(params.itemCode), channel: firstParam(params.channel), appointmentId: firstParam(params.appointmentId),
    consultationId: firstParam(params.consultationId), windowId: firstParam(params.windowId),
  };
  const personId = firstParam(params.personId);
  const [client, options] = await Promise.all([personId ? getClientSummary(scope, personId) : null, getRegisterFormOptions(scope)]);
  const lookup = firstParam(params.lookup);
  return (
    <>
      <PageHeader title="受理登记" description="先查找服务对象，再选择事项并登记；登记人即为首办人（首办负责制）。" breadcrumbs={[{ label: "办件", href: "/hall/cases" }, { label: "受理登记" }]} />
      <div className="flex max-w-3xl flex-col gap-4">
        {client ? (
          <RegisterCaseForm client={client} options={options} preset={preset} />
        ) : (
          <>
            <ClientLookupForm result={lookup} keep={preset} />
            {lookup === "miss" && can(scope, "person.write") && (
              <Alert tone="info">
                该服务对象尚未登记。请先<Link className="text-brand-700 underline" href="/persons/new">登记人员信息</Link>，再回到此处受理。
              </Alert>
            )}
          </>
        )}
      </div>
    </>
  );
}
