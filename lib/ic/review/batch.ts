import "server-only";
import { Forbidden, isDomainError } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { approveProfile } from "./services";
import { BatchApproveInput } from "./schemas";

export type BatchItemResult = { profileId: string; ok: true; version: number } | { profileId: string; ok: false; message: string };

/**
 * City batch approval (§3.1.4, AMB-47: ≤ 200 records). Decision: NOT all-or-nothing. Each record
 * is approved in its own transaction through the same path as a single approval, so every record
 * gets its own version check, four-eyes check (ORG-30: a city reviewer who handled an earlier step
 * of one record is refused for that record only), status history and audit event; one stale or
 * refused record does not hold back the other 199. The caller gets a result per record.
 */
export async function batchApproveCity(scope: Scope, raw: BatchApproveInput) {
  const input = BatchApproveInput.parse(raw);
  // §2.6 "Batch approve: REVIEWER (information collection only)", and only the city step batches.
  if (scope.role !== "REVIEWER" || scope.level !== "CITY") throw new Forbidden("批量审核仅限市级审核人员");
  const seen = new Set<string>();
  const results: BatchItemResult[] = [];
  for (const item of input.items) {
    if (seen.has(item.profileId)) continue;
    seen.add(item.profileId);
    try {
      const r = await approveProfile(scope, { ...item, action: "approveCity" });
      results.push({ profileId: item.profileId, ok: true, version: r.version });
    } catch (e) {
      if (!isDomainError(e)) console.error("[ic] batch approve item failed", item.profileId, e);
      results.push({ profileId: item.profileId, ok: false, message: isDomainError(e) ? e.message : "系统繁忙，该条未处理，请稍后重试" });
    }
  }
  return { approved: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
}
