import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, InvalidTransition } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { assertHandler, loadCaseInScope } from "@/lib/hall/cases/load";
import { OPEN_CASE_STATUSES } from "@/lib/hall/cases/workflow";
import { TrackingEntryInput } from "./schemas";

/**
 * §7.4.1 跟踪台账: "服务事项由首办人员全程跟踪，通过采取现场核查、陪办、电话回访等形式，及时掌握
 * 服务事项的办理进度". Only the case's handler writes it — the first handler, or the A/B
 * counterpart standing in while the first handler is away (HALL-31). The ledger is append-only;
 * `lastEntryId` is its optimistic lock, so a double submit or a colleague's entry written in the
 * meantime is a Conflict and nothing is saved twice.
 */
export async function recordTrackingEntry(scope: Scope, raw: TrackingEntryInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(TrackingEntryInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    if (!OPEN_CASE_STATUSES.includes(c.status)) throw new InvalidTransition("办件已办结或已终止，跟踪台账不再登记");
    await assertHandler(tx, scope, c, now);
    // Serialise appends to one case's ledger so two writers cannot both pass the check below.
    await tx.$executeRaw`SELECT 1 FROM "ServiceCase" WHERE "id" = ${c.id} FOR UPDATE`;
    const last = await tx.trackingEntry.findFirst({ where: { caseId: c.id }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    if ((last?.id ?? null) !== (input.lastEntryId ?? null)) throw new Conflict("跟踪台账刚刚有了新的记录，请刷新后再登记");
    const entry = await tx.trackingEntry.create({
      data: {
        caseId: c.id, method: input.method, at: now, progress: input.progress, nextStep: input.nextStep ?? null,
        byUserId: scope.userId, orgPath: c.hallOrgPath,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "TrackingEntry", entityId: entry.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
      diff: { caseId: c.id, caseNo: c.caseNo, method: entry.method, progress: entry.progress, nextStep: entry.nextStep },
    });
    return entry;
  });
}
