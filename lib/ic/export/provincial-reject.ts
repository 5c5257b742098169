import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { NotFound } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import { shanghaiDayStart } from "@/lib/audit/format";
import { profileWorkflow } from "@/lib/ic/workflow";
import { BatchAcknowledgeInput, ProvincialRejectInput } from "./schemas";

/**
 * §3.1.4 "EXPORTED → CITY_APPROVED, provincial rejection recorded": the reason is kept on the batch
 * (ProfileExportBatch.rejected) and in the status history; the profile is marked dirty so the
 * next DELTA batch sends it again once corrected.
 */
export async function recordProvincialRejection(scope: Scope, raw: ProvincialRejectInput) {
  assertCan(scope, "ic.provincialExport");
  const input = ProvincialRejectInput.parse(raw);
  const sdb = scopedDb(scope);
  // The profile is loaded through its batch (a child through its parent's scope, STYLE.md).
  const batch = await sdb.profileExportBatch.findFirst({ where: { id: input.batchId }, select: { id: true, batchNo: true, profileIds: true } });
  if (!batch || !batch.profileIds.includes(input.profileId)) throw new NotFound();
  const profile = await sdb.subjectProfile.findFirst({
    where: { id: input.profileId, exportBatchId: batch.id, status: "EXPORTED" },
    select: { id: true, status: true, version: true, orgPath: true, personId: true },
  });
  if (!profile) throw new NotFound("该档案不在本批次的已上报记录中（可能已登记退回）");
  const at = new Date();
  await db.$transaction(async (tx) => {
    await fireTransition(tx, profileWorkflow, scope, {
      record: { id: profile.id, status: profile.status, orgPath: profile.orgPath, personId: profile.personId },
      action: "provincialReject",
      reason: input.reason,
      commit: async (t, to) =>
        (await t.subjectProfile.updateMany({
          where: { id: profile.id, version: profile.version, status: "EXPORTED" },
          data: { status: to, statusSince: at, exportDirty: true, version: { increment: 1 } },
        })).count,
    });
    // Appended in SQL, so two rejections recorded at once on one batch both survive.
    const entry = JSON.stringify([{ profileId: profile.id, reason: input.reason, at: at.toISOString(), byId: scope.userId }]);
    await tx.$executeRaw`UPDATE "ProfileExportBatch" SET rejected = rejected || ${entry}::jsonb WHERE id = ${batch.id}`;
  });
}

/** The provincial receipt is confirmed by hand (AMB-26: no interface exists). */
export async function acknowledgeBatch(scope: Scope, raw: BatchAcknowledgeInput) {
  assertCan(scope, "ic.provincialExport");
  const input = BatchAcknowledgeInput.parse(raw);
  const batch = await scopedDb(scope).profileExportBatch.findFirst({ where: { id: input.batchId }, select: { id: true, batchNo: true, orgPath: true } });
  if (!batch) throw new NotFound();
  await db.$transaction(async (tx) => {
    await tx.profileExportBatch.update({ where: { id: batch.id }, data: { acknowledgedAt: shanghaiDayStart(input.acknowledgedOn) } });
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "ProfileExportBatch", entityId: batch.id, orgPath: batch.orgPath,
      diff: { acknowledgedOn: input.acknowledgedOn, batchNo: batch.batchNo },
    });
  });
}
