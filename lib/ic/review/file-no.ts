import "server-only";
import type { Tx } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { nextCounterValue } from "@/lib/core/doc-number";

/**
 * The district code of an owning unit's path (/370200/370202/…/ → 370202): the file number is
 * numbered per district (§3.1.2 `fileNo` = {districtCode}-{yyyy}-{seq6}).
 */
export function districtCodeOf(orgPath: string): string {
  const code = orgPath.split("/").filter(Boolean)[1];
  if (!code) throw new Error(`档案不属于任何区（市）：${orgPath}`);
  return code;
}

export function formatFileNo(districtCode: string, year: string, seq: number): string {
  return `${districtCode}-${year}-${String(seq).padStart(6, "0")}`;
}

/**
 * Allocates the next number inside the caller's transaction (§3.1.4: assigned at the initial
 * approval). The counter is one atomic upsert-increment, so concurrent approvals in a district
 * never share a number, and a rolled-back approval gives its number back.
 */
export async function allocateFileNo(tx: Tx, orgPath: string, now: Date = new Date()): Promise<string> {
  const district = districtCodeOf(orgPath);
  const year = todayInShanghai(now).slice(0, 4);
  return formatFileNo(district, year, await nextCounterValue(tx, `ic.fileNo:${district}:${year}`));
}
