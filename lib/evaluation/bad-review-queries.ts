import "server-only";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { maskMobile } from "@/lib/core/mask";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import { formatDate } from "@/lib/core/pdf/time";
import type { BadReviewSource, BadReviewStatus } from "@/lib/generated/prisma/enums";
import { OPEN_BAD_REVIEW_STATUSES, isStepOverdue } from "./bad-review-steps";
import { badReviewWorkflow } from "./bad-review-workflow";
import { factsFor, loadBadReviewInScope } from "./bad-review-load";
import { BAD_REVIEW_SOURCE_LABELS, BAD_REVIEW_STATUS_LABELS } from "./labels";
import { namesFor } from "./queries";

const PAGE_SIZE = 50;

export type BadReviewFilter = { status?: string; overdue?: string; unitId?: string; source?: string; page?: number };

const isStatus = (s: string | undefined): s is BadReviewStatus => !!s && s in BAD_REVIEW_STATUS_LABELS;
const isSource = (s: string | undefined): s is BadReviewSource => !!s && s in BAD_REVIEW_SOURCE_LABELS;
const dateColumn = (d: string) => new Date(`${d}T00:00:00.000Z`);

/** /evaluation/bad-reviews: filters status, "overdue step" and unit; oldest step deadline first. */
export async function listBadReviews(scope: Scope, filter: BadReviewFilter, now = new Date()) {
  assertCan(scope, "eval.read");
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const today = todayInShanghai(now);
  const overdue = filter.overdue === "1";
  const rows = await scopedDb(scope).badReviewCase.findMany({
    where: {
      ...(isStatus(filter.status) ? { status: filter.status } : {}),
      ...(isSource(filter.source) ? { source: filter.source } : {}),
      ...(filter.unitId ? { orgUnitId: filter.unitId } : {}),
      ...(overdue ? { status: isStatus(filter.status) ? filter.status : { in: [...OPEN_BAD_REVIEW_STATUSES] }, stepDueDate: { lt: dateColumn(today) } } : {}),
    },
    orderBy: [{ stepDueDate: { sort: "asc", nulls: "last" } }, { foundAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
  });
  const shown = rows.slice(0, PAGE_SIZE);
  const names = await namesFor(shown);
  return {
    page,
    hasNext: rows.length > PAGE_SIZE,
    rows: shown.map((r) => {
      const due = r.stepDueDate ? formatDate(r.stepDueDate) : null;
      return {
        id: r.id, status: r.status, source: r.source, foundAt: r.foundAt, stepDueDate: due, overdue: isStepOverdue(r.status, due, today),
        unitName: names.units.get(r.orgUnitId) ?? "—", staffName: r.staffUserId ? names.users.get(r.staffUserId) ?? "—" : "—",
        windowLabel: r.windowId ? names.windows.get(r.windowId) ?? "—" : "—", serviceItemCode: r.serviceItemCode,
        description: r.description, loopCount: r.loopCount, escalated: r.escalatedAt !== null, anonymous: r.anonymous,
      };
    }),
  };
}

/** For the lead's desks and the KPI page: open loops in scope, most urgent step first. */
export async function getOpenBadReviews(scope: Scope, limit = 10, now = new Date()) {
  assertCan(scope, "eval.read");
  const today = todayInShanghai(now);
  const rows = await scopedDb(scope).badReviewCase.findMany({
    where: { status: { in: [...OPEN_BAD_REVIEW_STATUSES] } },
    orderBy: [{ stepDueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: Math.min(Math.max(1, limit), 100),
    select: { id: true, status: true, source: true, stepDueDate: true, orgUnitId: true, foundAt: true },
  });
  const units = await db.orgUnit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.orgUnitId))] } }, select: { id: true, name: true } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => {
    const due = r.stepDueDate ? formatDate(r.stepDueDate) : null;
    return {
      id: r.id, status: r.status, statusLabel: BAD_REVIEW_STATUS_LABELS[r.status], source: r.source, sourceLabel: BAD_REVIEW_SOURCE_LABELS[r.source],
      unitName: unitName.get(r.orgUnitId) ?? "—", foundAt: r.foundAt, stepDueDate: due, overdue: isStepOverdue(r.status, due, today),
      href: `/evaluation/bad-reviews/${r.id}`,
    };
  });
}

/**
 * One loop with its evaluation, history and the steps this user may take. EVA-05: the evaluated
 * staff member sees neither the evaluator's name nor the phone (nor the paper scan, the case or the
 * revisit note); others see the phone masked and may reveal it with a reason (revealBadReviewContact).
 */
export async function getBadReview(scope: Scope, id: string, now = new Date()) {
  assertCan(scope, "eval.read");
  const c = await loadBadReviewInScope(db, scope, id);
  const isEvaluatedStaff = c.staffUserId === scope.userId;
  const [evaluation, history, facts, names, unit] = await Promise.all([
    c.evaluationId ? db.evaluation.findUnique({ where: { id: c.evaluationId } }) : null,
    db.statusHistory.findMany({ where: { entityType: badReviewWorkflow.entityType, entityId: c.id }, orderBy: { id: "desc" }, take: 50 }),
    factsFor(db, c),
    namesFor([c]),
    db.orgUnit.findUniqueOrThrow({ where: { id: c.orgUnitId }, select: { name: true, level: true } }),
  ]);
  const actorIds = [...new Set([...history.map((h) => h.actorId), c.verifiedById, c.rectifiedById, c.createdById].filter((x): x is string => !!x))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } }) : [];
  const nameOf = new Map(actors.map((a) => [a.id, a.displayName]));
  const steps = availableTransitions(badReviewWorkflow, scope, { id: c.id, status: c.status, orgPath: c.orgPath, facts }, history)
    .map((t) => ({ action: t.action, label: t.label }));
  const due = c.stepDueDate ? formatDate(c.stepDueDate) : null;
  // The contact never travels in `loop`: it is shown only through `contact` below (EVA-05).
  // For the evaluated staff member the case is hidden too — the case page names the client, who
  // is the evaluator — and so is the revisit note, free text that may hold the client's phone.
  const rest = {
    ...c, contactName: undefined, contactPhone: undefined,
    ...(isEvaluatedStaff ? { caseId: null, revisitNote: null } : {}),
  };
  return {
    loop: {
      ...rest,
      /** EVA-05: true when the case and the revisit note are withheld from this viewer. */
      caseHidden: isEvaluatedStaff && c.caseId !== null,
      stepDueDate: due,
      overdue: isStepOverdue(c.status, due, todayInShanghai(now)),
      unitName: unit.name,
      staffName: c.staffUserId ? names.users.get(c.staffUserId) ?? "—" : null,
      windowLabel: c.windowId ? names.windows.get(c.windowId) ?? "—" : null,
      verifiedByName: c.verifiedById ? nameOf.get(c.verifiedById) ?? "—" : null,
      rectifiedByName: c.rectifiedById ? nameOf.get(c.rectifiedById) ?? "—" : null,
      improvementLinks: (c.improvementLinks as { type: string; ref: string; note: string | null }[] | null) ?? [],
    },
    /** null = hidden from this user (EVA-05); otherwise the masked phone and whether it can be revealed. */
    contact: isEvaluatedStaff ? null : { name: c.contactName, phoneMasked: maskMobile(c.contactPhone), revealable: !!c.contactPhone },
    evaluation: evaluation && {
      channel: evaluation.channel, evaluatorType: evaluation.evaluatorType, overall: evaluation.overall, comment: evaluation.comment,
      indicatorScores: (evaluation.indicatorScores as Record<string, number> | null) ?? {}, submittedAt: evaluation.submittedAt,
      realName: evaluation.realName, paperAttachmentId: isEvaluatedStaff ? null : evaluation.paperAttachmentId,
    },
    history: history.map((h) => ({ id: String(h.id), at: h.at, action: h.action, fromStatus: h.fromStatus, toStatus: h.toStatus, reason: h.reason, actorName: nameOf.get(h.actorId) ?? "—" })),
    steps,
    isEvaluatedStaff,
  };
}
export type BadReviewView = Awaited<ReturnType<typeof getBadReview>>;
