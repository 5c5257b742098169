import "server-only";
import type { Scope } from "@/lib/core/scope";
import { duplicateMessage } from "@/lib/persons/services";
import { lookupExistingPersons } from "./existing-persons";
import type { ImportRow, ImportRowData } from "./row-types";

export type Classified = {
  fresh: { rowNo: number; data: ImportRowData }[];
  duplicates: { rowNo: number; data: ImportRowData }[];
  lateErrors: { rowNo: number; message: string }[];
};

/**
 * The registry may have changed since the preview (another clerk registered the same person, or
 * the importer's scope changed), so the valid rows are classified again — one blind-index query.
 */
export async function classifyAtCommit(scope: Scope, rows: readonly ImportRow[]): Promise<Classified> {
  const valid = rows.filter((r): r is ImportRow & { data: ImportRowData } => !!r.data && r.errors.length === 0);
  const current = await lookupExistingPersons(valid.map((r) => r.data.idHash));
  const out: Classified = { fresh: [], duplicates: [], lateErrors: [] };
  for (const r of valid) {
    if (!r.data.unitPath.startsWith(scope.orgPath)) {
      out.lateErrors.push({ rowNo: r.rowNo, message: "户籍单位不在您的管辖范围内" });
      continue;
    }
    const hit = current.get(r.data.idHash);
    if (!hit) out.fresh.push({ rowNo: r.rowNo, data: { ...r.data, existingPersonId: undefined } });
    else if (!hit.orgPath.startsWith(scope.orgPath)) {
      out.lateErrors.push({ rowNo: r.rowNo, message: duplicateMessage({ kind: "out-of-scope", unitName: hit.unitName, unitPhone: hit.unitPhone }) });
    } else if (hit.name !== r.data.name) {
      out.lateErrors.push({ rowNo: r.rowNo, message: `该身份证号已登记为“${hit.name}”，与本行姓名不一致` });
    } else out.duplicates.push({ rowNo: r.rowNo, data: { ...r.data, existingPersonId: hit.id } });
  }
  return out;
}
