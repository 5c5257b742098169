import Link from "next/link";
import { cn } from "./cn";

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export type PaginationProps = {
  /** The list page's path, e.g. "/persons"; filters are kept from searchParams. */
  basePath: string;
  searchParams: SearchParamsRecord;
  /** 1-based. */
  page: number;
  /** Omit when the total is not counted (keyset lists): then only 上一页/下一页 are shown. */
  totalPages?: number;
  /** Needed when totalPages is omitted. */
  hasNext?: boolean;
  /** Query key holding the page number. */
  param?: string;
};

export function pageHref(basePath: string, searchParams: SearchParamsRecord, page: number, param = "page"): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === param || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) qs.append(key, v);
  }
  if (page > 1) qs.set(param, String(page));
  const s = qs.toString();
  return s ? `${basePath}?${s}` : basePath;
}

/** Current page ±2, plus first and last; null marks a gap. */
function windowOf(page: number, total: number): Array<number | null> {
  const pages = new Set([1, total]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= total) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? [null, p] : [p]));
}

const item = "inline-flex min-h-9 min-w-9 items-center justify-center rounded-md border px-3 text-sm";
const link = cn(item, "border-slate-300 bg-white text-slate-800 hover:bg-slate-100");
const off = cn(item, "border-slate-200 text-slate-400");

export function Pagination({ basePath, searchParams, page, totalPages, hasNext, param = "page" }: PaginationProps) {
  const next = totalPages !== undefined ? page < totalPages : Boolean(hasNext);
  if (page <= 1 && !next) return null;
  const href = (p: number) => pageHref(basePath, searchParams, p, param);

  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center gap-2">
      {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">上一页</Link> : <span className={off} aria-disabled="true">上一页</span>}
      {totalPages !== undefined &&
        windowOf(page, totalPages).map((p, i) =>
          p === null ? (
            <span key={`gap${i}`} className="px-1 text-slate-500" aria-hidden="true">…</span>
          ) : (
            <Link
              key={p}
              href={href(p)}
              aria-current={p === page ? "page" : undefined}
              aria-label={`第 ${p} 页`}
              className={p === page ? cn(item, "border-brand-600 bg-brand-600 text-white") : link}
            >
              {p}
            </Link>
          ),
        )}
      {next ? <Link className={link} href={href(page + 1)} rel="next">下一页</Link> : <span className={off} aria-disabled="true">下一页</span>}
      {totalPages !== undefined && <span className="ml-2 text-sm text-slate-600">第 {page} / {totalPages} 页</span>}
    </nav>
  );
}
