import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, InvalidTransition } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import { loadProfileInScope, lockProfileRow } from "@/lib/ic/review/load";
import { loadTransferInScope, transferFacts, transferRecordPath, unsafeLoadTransferTarget } from "./load";
import { moveOwnership, UNDER_REVIEW } from "./move";
import { TransferDecisionInput, TransferRequestInput } from "./schemas";
import { transferWorkflow, type TransferAction } from "./workflow";

/** Opens a REQUESTED transfer; shared by the owning unit's own request and an approved ORG-23 request. */
export async function openTransfer(tx: Tx, scope: Scope, p: { id: string; personId: string; status: string; orgUnitId: string; orgPath: string }, toOrgUnitId: string, reason: string) {
  if (p.status === "INACTIVE") throw new InvalidTransition("已注销的档案不能迁移");
  if ((UNDER_REVIEW as readonly string[]).includes(p.status)) throw new InvalidTransition("档案正在审核中，请待审核办结后再发起迁移");
  const to = await unsafeLoadTransferTarget(toOrgUnitId);
  if (to.id === p.orgUnitId) throw new FieldError("toOrgUnitId", "迁入单位与当前所属单位相同");
  await lockProfileRow(tx, p.id);
  const open = await tx.profileTransfer.count({ where: { profileId: p.id, status: "REQUESTED" } });
  if (open > 0) throw new Conflict("该档案已有待接收的迁移");
  const t = await tx.profileTransfer.create({
    data: { profileId: p.id, fromOrgUnitId: p.orgUnitId, fromOrgPath: p.orgPath, toOrgUnitId: to.id, toOrgPath: to.path, reason, requestedById: scope.userId },
  });
  await writeAudit(tx, actorOf(scope), {
    action: "CREATE", entityType: "ProfileTransfer", entityId: t.id, personId: p.personId, orgPath: p.orgPath, reason,
    diff: { profileId: p.id, to: to.name },
  });
  return t;
}

/** IC-11: the owning (outgoing) unit initiates; the receiving unit sees it at once in summary (ORG-25). */
export async function requestProfileTransfer(scope: Scope, raw: TransferRequestInput) {
  const input = TransferRequestInput.parse(raw);
  const p = await loadProfileInScope(scope, input.profileId);
  const t = await db.$transaction((tx) => openTransfer(tx, scope, p, input.toOrgUnitId, input.reason));
  return { transferId: t.id };
}

async function decide(scope: Scope, raw: TransferDecisionInput, action: TransferAction) {
  const input = TransferDecisionInput.parse(raw);
  const t = await loadTransferInScope(scope, input.transferId);
  if (t.version !== input.version) throw new Conflict();
  const profile = await db.subjectProfile.findUniqueOrThrow({ where: { id: t.profileId }, select: { personId: true } });
  return db.$transaction(async (tx) => {
    const to = await fireTransition(tx, transferWorkflow, scope, {
      record: { id: t.id, status: t.status, orgPath: transferRecordPath(scope, t), personId: profile.personId, facts: transferFacts(scope, t) },
      action,
      reason: input.note,
      commit: async (x, next) =>
        (await x.profileTransfer.updateMany({
          where: { id: t.id, version: input.version, status: "REQUESTED" },
          data: { status: next, decidedById: scope.userId, decidedAt: new Date(), decisionNote: input.note || null, version: { increment: 1 } },
        })).count,
    });
    if (action === "accept") {
      const unit = await unsafeLoadTransferTarget(t.toOrgUnitId);
      await moveOwnership(tx, scope, { personId: profile.personId, fromOrgUnitId: t.fromOrgUnitId, to: unit, reason: `档案迁移：${t.reason}` });
    }
    return { transferId: t.id, status: to };
  });
}

/** The receiving unit's reviewer accepts: ownership moves in the same transaction (moveOwnership). */
export const acceptProfileTransfer = (scope: Scope, raw: TransferDecisionInput) => decide(scope, raw, "accept");
export const rejectProfileTransfer = (scope: Scope, raw: TransferDecisionInput) => decide(scope, raw, "reject");
export const cancelProfileTransfer = (scope: Scope, raw: TransferDecisionInput) => decide(scope, raw, "cancel");
