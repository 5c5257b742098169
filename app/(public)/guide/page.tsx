import type { Metadata } from "next";
import Link from "next/link";
import { SERVICE_MODULE_LABELS, workingDaysLabel } from "@/lib/hall/catalogue/labels";
import { groupByModule, unsafeListPublishedItems } from "@/lib/hall/catalogue/queries";

export const metadata: Metadata = { title: "办事指南 · 青岛市退役军人服务中心" };
export const dynamic = "force-dynamic";

// §7.10 公开承诺制: the published catalogue, open to everyone without logging in.
export default async function GuideIndexPage() {
  const groups = groupByModule(await unsafeListPublishedItems());
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col gap-6 p-4 sm:p-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">退役军人服务事项办事指南</h1>
        <p className="text-sm text-slate-600">青岛市退役军人服务中心（站）公开承诺：办理依据、条件、材料、程序、时限和投诉方式一次告知。</p>
      </header>
      {groups.length === 0 && <p className="text-slate-600">暂无公开的服务事项。</p>}
      {groups.map((g) => (
        <section key={g.module} className="flex flex-col gap-2" data-testid={`guide-module-${g.module}`}>
          <h2 className="text-lg font-semibold text-slate-900">{SERVICE_MODULE_LABELS[g.module]}</h2>
          <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {g.items.map((i) => (
              <li key={i.code}>
                <Link href={`/guide/${i.code}`} className="flex min-h-12 items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50">
                  <span className="font-medium text-brand-700">{i.name}</span>
                  <span className="shrink-0 text-sm text-slate-600">
                    {workingDaysLabel(i.promisedWorkingDays)}
                    {i.proxyEligible && " · 可代办"}
                    {i.homeServiceEligible && " · 可上门"}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
