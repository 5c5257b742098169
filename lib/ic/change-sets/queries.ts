import "server-only";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import { ACTIVE_STATUSES } from "@/lib/ic/workflow";
import { initialReviewUnitId } from "@/lib/ic/review/initial-review";
import { loadProfileInScope } from "@/lib/ic/review/load";
import { STAGE_OF_LEVEL, stageAgeing, stagePathFilter } from "@/lib/ic/review/stage";
import { describeProposal } from "./describe";
import { CORE_GROUP_KEYS, type CoreGroupKey } from "./schemas";
import { changeSetWorkflow, OPEN_CHANGE_SET_STATUSES } from "./workflow";

/** The change sets of one profile (newest first) with the actions this user may take on each. */
export async function listChangeSetsForProfile(scope: Scope, profile: { id: string; orgUnitId: string }) {
  const sets = await scopedDb(scope).profileChangeSet.findMany({
    where: { profileId: profile.id },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  if (sets.length === 0) return [];
  // The history of these sets, loaded through their (already scoped) parents.
  const history = await db.statusHistory.findMany({
    where: { entityType: changeSetWorkflow.entityType, entityId: { in: sets.map((s) => s.id) } },
    orderBy: { id: "desc" },
    select: { entityId: true, action: true, actorId: true },
  });
  const initialUnit = await initialReviewUnitId(db, profile.orgUnitId);
  return sets.map((s) => ({
    id: s.id,
    status: s.status,
    statusSince: s.statusSince,
    version: s.version,
    summary: s.summary,
    createdAt: s.createdAt,
    lines: describeProposal(s.proposed),
    actions: availableTransitions(
      changeSetWorkflow,
      scope,
      { id: s.id, status: s.status, orgPath: s.orgPath, facts: { initialReviewUnitId: initialUnit } },
      history.filter((h) => h.entityId === s.id),
    ).map((t) => ({ action: t.action, label: t.label, kind: t.kind })),
  }));
}

/** Change sets waiting at the caller's own step (the 审核台's 变更申请 tab), oldest first. */
export async function listChangeSetQueue(scope: Scope) {
  const stage = STAGE_OF_LEVEL[scope.level];
  const [where, ageing] = await Promise.all([stagePathFilter(scope, stage), stageAgeing(stage)]);
  const rows = await scopedDb(scope).profileChangeSet.findMany({
    where: { ...where, status: stage },
    orderBy: [{ statusSince: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, profileId: true, statusSince: true, summary: true, proposed: true, profile: { select: { fileNo: true, person: { select: { name: true, idMasked: true } } } } },
  });
  return Promise.all(
    rows.map(async (r) => ({ ...r, lines: describeProposal(r.proposed), daysInStage: await ageing.daysIn(r.statusSince), overdue: r.statusSince < ageing.cutoff, target: ageing.target })),
  );
}

/**
 * What the compose page starts from: the live name, categories and core groups. It shows the
 * file's contents, so opening it is audited like the file itself (X-01 VIEW_FULL_PROFILE).
 */
export async function getChangeCompose(scope: Scope, profileId: string) {
  const p = await loadProfileInScope(scope, profileId);
  const [person, groups, open] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { id: p.personId }, select: { name: true, idMasked: true } }),
    db.profileGroup.findMany({ where: { profileId: p.id, group: { in: [...CORE_GROUP_KEYS] } }, select: { group: true, data: true, markedNone: true } }),
    db.profileChangeSet.count({ where: { profileId: p.id, status: { in: OPEN_CHANGE_SET_STATUSES } } }),
  ]);
  await recordAudit(actorOf(scope), { action: "VIEW_FULL_PROFILE", entityType: "SubjectProfile", entityId: p.id, personId: p.personId, orgPath: p.orgPath, reason: "发起变更申请" });
  const current: Partial<Record<CoreGroupKey, { data: Record<string, unknown>; markedNone: boolean }>> = {};
  for (const g of groups) current[g.group as CoreGroupKey] = { data: (g.data ?? {}) as Record<string, unknown>, markedNone: g.markedNone };
  return {
    profileId: p.id, status: p.status, name: person.name, idMasked: person.idMasked, categories: p.categories, primaryCategory: p.primaryCategory,
    otherCategoryNote: p.otherCategoryNote, groups: current, canPropose: ACTIVE_STATUSES.includes(p.status) && open === 0,
  };
}
