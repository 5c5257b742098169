import { FileSpreadsheet } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

type ExportableList = "persons" | "profiles";

/**
 * X-23 "exportable with the current filters": drop into a list page's header with the same filter
 * values the page uses. A plain <a> (no prefetch: every export is an audited event).
 */
export function ExportListButton({ list, params }: { list: ExportableList; params: Record<string, string | undefined> }) {
  const qs = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return (
    <a href={`/api/ic/xlsx/list/${list}${qs ? `?${qs}` : ""}`} className={buttonClass("secondary")} data-testid="export-list">
      <FileSpreadsheet className="size-4" aria-hidden="true" />
      导出Excel（脱敏）
    </a>
  );
}
