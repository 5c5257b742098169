import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { blindIndex } from "@/lib/core/crypto";
import { Conflict, FieldError, NotFound } from "@/lib/core/errors";
import { inScope, isPathInScope, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import { moveOwnership } from "./move";
import { openTransfer } from "./services";
import { ACCESS_GRANT_DAYS, AccessDecisionInput, AccessRequestInput } from "./schemas";
import { accessRequestWorkflow } from "./workflow";

const DAY_MS = 86_400_000;

/**
 * ORG-23: a clerk whose ID lookup hit a person outside the scope asks the owning unit for a
 * transfer or for 30 days of summary access. The person is found by the blind index exactly as
 * the duplicate check does (lib/persons findDuplicate); the requester learns nothing new here.
 * The row is written with the unscoped client on purpose: it belongs to the OWNING unit (its
 * orgPath), which is outside the requester's scope by definition.
 */
export async function requestServiceAccess(scope: Scope, raw: AccessRequestInput) {
  const input = AccessRequestInput.parse(raw);
  const person = await db.person.findUnique({ where: { idNumberHash: blindIndex(input.idNumber) }, select: { id: true, orgPath: true } });
  if (!person) throw new FieldError("idNumber", "未找到该身份证号的登记记录");
  if (isPathInScope(scope, person.orgPath)) throw new FieldError("idNumber", "该人员在您的管辖范围内，无需申请");
  // IC-11: a transfer moves the file to a village/community or town; the requester's unit is the target.
  if (input.kind === "TRANSFER_REQUEST" && scope.level !== "TOWN" && scope.level !== "VILLAGE") {
    throw new FieldError("kind", "迁移申请应由户籍迁入地的镇（街道）或村（社区）提出");
  }
  const pending = await db.serviceAccessRequest.count({
    where: { personId: person.id, requesterOrgUnitId: scope.orgUnitId, kind: input.kind, status: "REQUESTED" },
  });
  if (pending > 0) throw new Conflict("本单位已提交过同类申请，正在等待对方审核");
  return db.$transaction(async (tx) => {
    const r = await tx.serviceAccessRequest.create({
      data: {
        personId: person.id, requesterId: scope.userId, requesterOrgUnitId: scope.orgUnitId, requesterOrgPath: scope.orgPath,
        orgPath: person.orgPath, kind: input.kind, reason: input.reason,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "ServiceAccessRequest", entityId: r.id, personId: person.id, orgPath: person.orgPath, reason: input.reason, diff: { kind: input.kind },
    });
    return { requestId: r.id };
  });
}

/**
 * The owning unit's reviewer decides. An approved SERVICE_ACCESS grants the requesting unit 30
 * days of summary access; an approved TRANSFER_REQUEST opens an IC-11 transfer to the requesting
 * unit (the owner initiates, the receiver still accepts), or — for a person with no profile yet —
 * moves the person at once, since both units have then agreed.
 */
export async function decideServiceAccess(scope: Scope, raw: AccessDecisionInput) {
  const input = AccessDecisionInput.parse(raw);
  const r = await db.serviceAccessRequest.findFirst({ where: { id: input.requestId, ...inScope(scope) } });
  if (!r) throw new NotFound("申请不存在或不在您的管辖范围内");
  const now = new Date();
  return db.$transaction(async (tx) => {
    const to = await fireTransition(tx, accessRequestWorkflow, scope, {
      record: { id: r.id, status: r.status, orgPath: r.orgPath, personId: r.personId },
      action: input.approve ? "approve" : "reject",
      reason: input.note,
      commit: async (x, next) =>
        (await x.serviceAccessRequest.updateMany({
          where: { id: r.id, status: "REQUESTED" },
          data: {
            status: next, decidedById: scope.userId, decidedAt: now,
            expiresAt: input.approve && r.kind === "SERVICE_ACCESS" ? new Date(now.getTime() + ACCESS_GRANT_DAYS * DAY_MS) : null,
          },
        })).count,
    });
    if (input.approve && r.kind === "TRANSFER_REQUEST") {
      const reason = `应迁入单位申请：${r.reason}`.slice(0, 200);
      const profile = await tx.subjectProfile.findUnique({ where: { personId: r.personId }, select: { id: true, personId: true, status: true, orgUnitId: true, orgPath: true } });
      if (profile) await openTransfer(tx, scope, profile, r.requesterOrgUnitId, reason);
      else {
        const person = await tx.person.findUniqueOrThrow({ where: { id: r.personId }, select: { orgUnitId: true } });
        const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: r.requesterOrgUnitId }, select: { id: true, path: true, name: true } });
        await moveOwnership(tx, scope, { personId: r.personId, fromOrgUnitId: person.orgUnitId, to: unit, reason });
      }
    }
    return { requestId: r.id, status: to };
  });
}
