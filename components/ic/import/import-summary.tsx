import type { ImportPreview } from "@/lib/ic/import/row-types";
import { IMPORT_STATUS_LABELS } from "@/lib/ic/import/schemas";

export type ImportSummaryProps = { fileName: string; status: string; validCount: number; errorCount: number; preview?: ImportPreview };

/** X-22 preview: the counts the clerk decides on. */
export function ImportSummary({ fileName, status, validCount, errorCount, preview }: ImportSummaryProps) {
  const items: [string, number | string, string?][] = [
    ["数据行", validCount + errorCount],
    ["正确行", validCount],
    ["错误行", errorCount, errorCount ? "text-red-700" : undefined],
    ["其中新人员", preview?.newCount ?? 0],
    ["其中已登记人员", preview?.duplicateCount ?? 0],
    ["15位身份证号已升位", preview?.convertedCount ?? 0, preview?.convertedCount ? "text-amber-800" : undefined],
  ];
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid="import-summary">
      <p className="text-sm text-slate-600">
        文件：<span className="font-medium text-slate-900">{fileName}</span>　状态：<span className="font-medium text-slate-900">{IMPORT_STATUS_LABELS[status] ?? status}</span>
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {items.map(([label, value, tone]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${tone ?? "text-slate-900"}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
