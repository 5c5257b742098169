import "server-only";
import { db } from "@/lib/core/db";
import { fieldDiff, writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { assertCan } from "@/lib/core/permissions";
import { FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { syncDocumentChecklist } from "@/lib/ic/assessment";
import { loadCheckOfProfile, loadProfileInScope } from "./load";
import { isDocEditable, providedProblem } from "./rules";
import { AttachmentRemoveInput, DocumentStatusInput, OriginalSightedInput } from "./schemas";
import { canSightOriginals } from "./permissions";
import { parseInput } from "@/lib/core/parse-input";

const LOCKED = "档案已提交审核，材料清单不能再修改；如需修改请由审核人员退回";

/** IC-03: 已提供 / 未提供 / 不适用 (with its reason) and the remark of one row. */
export async function setDocumentStatus(scope: Scope, raw: DocumentStatusInput): Promise<void> {
  assertCan(scope, "ic.write");
  const input = parseInput(DocumentStatusInput, raw);
  const profile = await loadProfileInScope(scope, input.profileId);
  if (!isDocEditable(profile.status)) throw new InvalidTransition(LOCKED);
  await db.$transaction(async (tx) => {
    const check = await loadCheckOfProfile(tx, profile.id, input.checkId);
    const count = await tx.attachment.count({ where: { checkId: check.id, deletedAt: null } });
    const problem = providedProblem(input.provided, input.naReason, count);
    if (problem) throw new FieldError(input.provided === "NA" ? "naReason" : "provided", problem);
    const data = {
      provided: input.provided,
      naReason: input.provided === "NA" ? input.naReason!.trim() : null,
      remark: input.remark?.trim() || null,
      // A document no longer provided cannot stay "original sighted".
      ...(input.provided !== "YES" ? { originalSighted: false, verifiedById: null, verifiedAt: null } : {}),
    };
    await tx.sourceDocumentCheck.update({ where: { id: check.id }, data });
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "SourceDocumentCheck", entityId: check.id, personId: profile.personId, orgPath: profile.orgPath,
      diff: { docType: check.docType, ...fieldDiff(check, data) },
    });
    await syncDocumentChecklist(tx, profile.id);
  });
}

/** 原件已核验: by the collector while editable, and by reviewers during and after review. */
export async function setOriginalSighted(scope: Scope, raw: OriginalSightedInput): Promise<void> {
  const input = parseInput(OriginalSightedInput, raw);
  const profile = await loadProfileInScope(scope, input.profileId);
  if (!canSightOriginals(scope, profile.status)) throw new Forbidden("当前状态下您不能核验原件");
  await db.$transaction(async (tx) => {
    const check = await loadCheckOfProfile(tx, profile.id, input.checkId);
    if (input.sighted && check.provided !== "YES") throw new FieldError("sighted", "材料尚未提供，不能标记原件已核验");
    const data = input.sighted
      ? { originalSighted: true, verifiedById: scope.userId, verifiedAt: new Date() }
      : { originalSighted: false, verifiedById: null, verifiedAt: null };
    await tx.sourceDocumentCheck.update({ where: { id: check.id }, data });
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "SourceDocumentCheck", entityId: check.id, personId: profile.personId, orgPath: profile.orgPath,
      diff: { docType: check.docType, originalSighted: { from: check.originalSighted, to: input.sighted } },
    });
  });
}

/** Soft delete (X-01 DELETE); the blob stays for the audit trail until a retention job removes it. */
export async function removeAttachment(scope: Scope, raw: AttachmentRemoveInput): Promise<void> {
  assertCan(scope, "ic.write");
  const input = parseInput(AttachmentRemoveInput, raw);
  const profile = await loadProfileInScope(scope, input.profileId);
  if (!isDocEditable(profile.status)) throw new InvalidTransition(LOCKED);
  await db.$transaction(async (tx) => {
    const a = await tx.attachment.findFirst({ where: { id: input.attachmentId, deletedAt: null, check: { profileId: profile.id } } });
    if (!a || !a.checkId) throw new NotFound("附件不存在或已删除");
    await tx.attachment.update({ where: { id: a.id }, data: { deletedAt: new Date() } });
    const left = await tx.attachment.count({ where: { checkId: a.checkId, deletedAt: null } });
    // IC-03: "已提供" needs an attachment; the last one going back makes the row 未提供 again.
    if (left === 0) {
      await tx.sourceDocumentCheck.updateMany({
        where: { id: a.checkId, provided: "YES" },
        data: { provided: "NO", originalSighted: false, verifiedById: null, verifiedAt: null },
      });
    }
    await writeAudit(tx, actorOf(scope), {
      action: "DELETE", entityType: "Attachment", entityId: a.id, personId: profile.personId, orgPath: profile.orgPath,
      diff: { docType: a.docType, fileName: a.fileName },
    });
    await syncDocumentChecklist(tx, profile.id);
  });
}

