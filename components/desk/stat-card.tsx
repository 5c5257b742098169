import Link from "next/link";

export type StatCardProps = { label: string; value: number; href?: string; hint?: string; testId: string };

/** One figure; the whole card links to the list it counts (X-70 "each widget links to its filtered list"). */
export function StatCard({ label, value, href, hint, testId }: StatCardProps) {
  const body = (
    <>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums" data-testid={`${testId}-value`}>
        {value.toLocaleString("zh-CN")}
      </p>
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </>
  );
  const box = "block rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
  return href ? (
    <Link href={href} className={`${box} hover:border-brand-600 hover:bg-brand-50`} data-testid={testId}>{body}</Link>
  ) : (
    <div className={box} data-testid={testId}>{body}</div>
  );
}

export function StatGrid({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mb-6">
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
    </section>
  );
}
