import "server-only";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { exportMaskedXlsx } from "./list-export";
import { EXPORTABLE_LISTS, LIST_SHEETS, ListFilter, type ExportableList } from "./registry-lists";

/** a registry list with its current filters, masked, watermarked and audited. */
export async function exportRegistryList(scope: Scope, list: ExportableList, rawFilter: Record<string, unknown>) {
  assertCan(scope, "ic.exportList");
  const filter = ListFilter.parse(rawFilter);
  const sheet = await LIST_SHEETS[list](scope, filter);
  return exportMaskedXlsx(scope, { listName: EXPORTABLE_LISTS[list], criteria: { list, ...filter }, sheets: [sheet] });
}

export function isExportableList(v: string): v is ExportableList {
  return Object.hasOwn(EXPORTABLE_LISTS, v);
}
