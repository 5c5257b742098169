import "server-only";
import { db } from "@/lib/core/db";
import { can } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import { listChangeSetsForProfile } from "@/lib/ic/change-sets/queries";
import { listTransfersForProfile } from "@/lib/ic/transfers/queries";
import { ACTIVE_STATUSES, profileWorkflow, STAGE_TARGET_WORKING_DAYS } from "@/lib/ic/workflow";
import { OPEN_CHANGE_SET_STATUSES } from "@/lib/ic/change-sets/workflow";
import { UNDER_REVIEW } from "@/lib/ic/transfers/move";
import { loadProfileInScope } from "./load";
import { Defects } from "./schemas";
import { profileFacts } from "./services";
import { ageingFor } from "./stage";

/**
 * Everything the 审核 tab shows for one profile. The buttons are what the engine allows THIS
 * user now (availableTransitions with the same facts the services compute); the services check
 * again on every click.
 */
export async function getReviewPanel(scope: Scope, profileId: string) {
  const p = await loadProfileInScope(scope, profileId);
  // Children of a profile already loaded through the scope (STYLE.md): history, returns, users.
  const [history, returns, changeSets, transfers] = await Promise.all([
    db.statusHistory.findMany({ where: { entityType: profileWorkflow.entityType, entityId: p.id }, orderBy: { id: "desc" }, take: 100 }),
    db.profileReturn.findMany({ where: { profileId: p.id }, orderBy: { at: "desc" }, take: 20 }),
    listChangeSetsForProfile(scope, p),
    listTransfersForProfile(scope, p.id),
  ]);
  const editable = p.status === "DRAFT" || p.status === "RETURNED";
  const facts = await profileFacts(db, p, editable && can(scope, "ic.write"));
  const actions = availableTransitions(profileWorkflow, scope, { id: p.id, status: p.status, orgPath: p.orgPath, personId: p.personId, facts }, history)
    .map((t) => ({ action: t.action, label: t.label, kind: t.kind }));

  const userIds = [...new Set([...history.map((h) => h.actorId), ...returns.map((r) => r.returnedById)])];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
  const userName = new Map(users.map((u) => [u.id, u.displayName]));

  const target = STAGE_TARGET_WORKING_DAYS[p.status];
  const ageing = target !== undefined ? await ageingFor(target) : null;
  const hasOpenChange = changeSets.some((c) => OPEN_CHANGE_SET_STATUSES.includes(c.status));
  const hasOpenTransfer = transfers.some((t) => t.status === "REQUESTED");

  return {
    profile: { id: p.id, status: p.status, statusSince: p.statusSince, version: p.version, fileNo: p.fileNo, inactiveReason: p.inactiveReason, hasPaperFile: facts.hasPaperFile },
    stage: ageing ? { target: ageing.target, daysInStage: await ageing.daysIn(p.statusSince), overdue: p.statusSince < ageing.cutoff } : null,
    blockers: facts.blockers ?? [],
    actions,
    history: history.map((h) => ({ id: String(h.id), at: h.at, from: h.fromStatus, to: h.toStatus, action: h.action, actor: userName.get(h.actorId) ?? "", reason: h.reason })),
    returns: returns.map((r) => {
      const parsed = Defects.safeParse(r.defects);
      return { id: r.id, at: r.at, fromStatus: r.fromStatus, changeSetId: r.changeSetId, resolvedAt: r.resolvedAt, by: userName.get(r.returnedById) ?? "", defects: parsed.success ? parsed.data : [] };
    }),
    changeSets,
    transfers,
    canProposeChange: can(scope, "ic.write") && ACTIVE_STATUSES.includes(p.status) && !hasOpenChange,
    canRequestTransfer: can(scope, "ic.write") && p.status !== "INACTIVE" && !UNDER_REVIEW.includes(p.status) && !hasOpenTransfer,
  };
}

export type ReviewPanelData = Awaited<ReturnType<typeof getReviewPanel>>;
