import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WindowCreateForm } from "@/components/hall/windows/window-form";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParamsRecord } from "@/components/ui/pagination";
import { isDomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listItemOptions } from "@/lib/hall/windows/queries";
import { loadHallUnit } from "@/lib/hall/windows/unit";

export const metadata: Metadata = { title: "新增窗口" };

export default async function NewWindowPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "hall.windows.manage")) notFound();
  const unit = await loadHallUnit(scope, firstParam((await searchParams).unit)).catch((e) => (isDomainError(e) ? null : Promise.reject(e)));
  if (!unit) notFound();
  const items = await listItemOptions(scope, unit.level);
  return (
    <>
      <PageHeader title="新增窗口" description={unit.name} breadcrumbs={[{ label: "窗口与AB角", href: `/hall/windows?unit=${unit.id}` }, { label: "新增窗口" }]} />
      <WindowCreateForm orgUnitId={unit.id} items={items} />
    </>
  );
}
