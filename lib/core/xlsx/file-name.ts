import { todayInShanghai } from "@/lib/core/calendar-math";

// "the file name carries the unit code and date": {unitCode}_{listName}_{yyyyMMdd}.xlsx.

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function xlsxFileName(unitCode: string, listName: string, now = new Date()): string {
  const date = todayInShanghai(now).replace(/-/g, "");
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_");
  return `${safe(unitCode)}_${safe(listName)}_${date}.xlsx`;
}

/**
 * Response headers for a download. RFC 6266/5987: `filename*` carries the UTF-8 Chinese name; the
 * ASCII `filename` fallback keeps old clients working. no-store: the file holds personal data.
 */
export function xlsxDownloadHeaders(fileName: string, size: number): Record<string, string> {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return {
    "Content-Type": XLSX_MIME,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "Content-Length": String(size),
    "Cache-Control": "no-store, private",
  };
}
