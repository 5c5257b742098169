import "server-only";
import { db } from "@/lib/core/db";
import { maskMobile } from "@/lib/core/mask";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { EvalChannel, Satisfaction } from "@/lib/generated/prisma/enums";
import { EVAL_CHANNEL_LABELS, SATISFACTION_LABELS } from "./labels";
import { rangeInstants, validDateParam } from "./period";
import { isBadRating } from "./rating-rules";

const PAGE_SIZE = 50;

export type EvaluationFilter = {
  from?: string; to?: string; channel?: string; overall?: string; windowId?: string; staffUserId?: string; unitId?: string; page?: number;
};

const pick = <T extends string>(labels: Record<T, string>, v: string | undefined) => (v && v in labels ? (v as T) : undefined);

/**
 * /evaluation: evaluations in scope, newest first, filtered by URL params; keyset-free offset paging
 * with a look-ahead row instead of a COUNT. EVA-05: for a bad review the evaluated staff member
 * sees no evaluator name or phone; everyone else sees the phone masked.
 */
export async function listEvaluations(scope: Scope, filter: EvaluationFilter) {
  assertCan(scope, "eval.read");
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  // An impossible day (2026-02-30) is ignored like a malformed one, never a RangeError (E9).
  const from = validDateParam(filter.from);
  const to = validDateParam(filter.to);
  const submittedAt = from || to
    ? { ...(from ? { gte: rangeInstants({ from, to: from }).gte } : {}), ...(to ? { lt: rangeInstants({ from: to, to }).lt } : {}) }
    : undefined;
  const rows = await scopedDb(scope).evaluation.findMany({
    where: {
      ...(submittedAt ? { submittedAt } : {}),
      ...(pick(EVAL_CHANNEL_LABELS, filter.channel) ? { channel: filter.channel as EvalChannel } : {}),
      ...(pick(SATISFACTION_LABELS, filter.overall) ? { overall: filter.overall as Satisfaction } : {}),
      ...(filter.windowId ? { windowId: filter.windowId } : {}),
      ...(filter.staffUserId ? { staffUserId: filter.staffUserId } : {}),
      ...(filter.unitId ? { orgUnitId: filter.unitId } : {}),
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
  });
  const shown = rows.slice(0, PAGE_SIZE);
  const names = await namesFor(shown);
  const badIds = shown.filter((r) => isBadRating(r.overall)).map((r) => r.id);
  const loops = badIds.length
    ? await db.badReviewCase.findMany({ where: { evaluationId: { in: badIds } }, select: { id: true, evaluationId: true } })
    : [];
  const loopOf = new Map(loops.map((l) => [l.evaluationId, l.id]));
  return {
    page,
    hasNext: rows.length > PAGE_SIZE,
    rows: shown.map((r) => {
      const hidden = isBadRating(r.overall) && r.staffUserId === scope.userId;
      return {
        id: r.id, submittedAt: r.submittedAt, channel: r.channel, evaluatorType: r.evaluatorType, overall: r.overall, comment: r.comment,
        unitName: names.units.get(r.orgUnitId) ?? "—",
        windowLabel: r.windowId ? names.windows.get(r.windowId) ?? "—" : "—",
        staffName: r.staffUserId ? names.users.get(r.staffUserId) ?? "—" : "—",
        serviceItemCode: r.serviceItemCode,
        realName: r.realName,
        /** EVA-05: null means "hidden from you", as opposed to "not given". */
        contact: hidden ? null : { name: r.contactName ?? "", phone: maskMobile(r.contactPhone) },
        badReviewId: loopOf.get(r.id) ?? null,
      };
    }),
  };
}

/** Names for ids in bulk: one query per kind, never one per row. */
export async function namesFor(rows: readonly { orgUnitId: string; windowId: string | null; staffUserId: string | null }[]) {
  const unitIds = [...new Set(rows.map((r) => r.orgUnitId))];
  const windowIds = [...new Set(rows.flatMap((r) => (r.windowId ? [r.windowId] : [])))];
  const userIds = [...new Set(rows.flatMap((r) => (r.staffUserId ? [r.staffUserId] : [])))];
  const [units, windows, users] = await Promise.all([
    unitIds.length ? db.orgUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
    windowIds.length ? db.serviceWindow.findMany({ where: { id: { in: windowIds } }, select: { id: true, windowNo: true, name: true } }) : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }) : [],
  ]);
  return {
    units: new Map(units.map((u) => [u.id, u.name])),
    windows: new Map(windows.map((w) => [w.id, `${w.windowNo}号窗口 ${w.name}`])),
    users: new Map(users.map((u) => [u.id, u.displayName])),
  };
}

/** Filter choices for the list and the entry form: the windows and staff of the caller's own unit. */
export async function evaluationFilterOptions(scope: Scope) {
  assertCan(scope, "eval.read");
  const [windows, staff] = await Promise.all([
    scopedDb(scope).serviceWindow.findMany({
      where: { orgUnitId: scope.orgUnitId, active: true }, orderBy: { windowNo: "asc" }, select: { id: true, windowNo: true, name: true },
    }),
    scopedDb(scope).user.findMany({
      where: { orgUnitId: scope.orgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } }, orderBy: { displayName: "asc" },
      select: { id: true, displayName: true }, take: 200,
    }),
  ]);
  return {
    windows: windows.map((w) => ({ value: w.id, label: `${w.windowNo}号窗口 ${w.name}` })),
    staff: staff.map((u) => ({ value: u.id, label: u.displayName })),
  };
}

/** Unit filter choices: the caller's own unit and the units directly below it. */
export async function unitFilterOptions(scope: Scope) {
  const rows = await scopedDb(scope).orgUnit.findMany({
    where: { OR: [{ id: scope.orgUnitId }, { parentId: scope.orgUnitId }], active: true },
    orderBy: [{ path: "asc" }],
    select: { id: true, name: true },
    take: 300,
  });
  return rows.map((u) => ({ value: u.id, label: u.name }));
}
