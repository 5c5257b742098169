import "server-only";
import { db } from "@/lib/core/db";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { DomainError } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { orgInScope, scopedDb, type Scope } from "@/lib/core/scope";
import { CLOCKED_CASE_STATUSES } from "@/lib/hall/cases/workflow";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { namesOf } from "@/lib/hall/leave/queries";
import { closingTimeOf, isPromptTime, minusMinutes, PROMPT_LEAD_MINUTES } from "./closing-time";
import { unitStaffOf } from "./staff";
import { monthBounds } from "./week";

/**
 * HALL-10: the handler's cases of the day that could still be finished today — accepted (clock
 * running), not waiting for materials — i.e. accepted today or due today or earlier, plus any
 * case already decided today. Shown all day; highlighted from closing time − 15 minutes.
 */
export async function listExtendedCandidates(scope: Scope, now = new Date()) {
  assertCan(scope, "hall.handle");
  const today = todayInShanghai(now);
  const dayStart = new Date(`${today}T00:00:00+08:00`);
  const decidedToday = await scopedDb(scope).extendedService.findMany({ where: { date: toDateColumn(today), decidedById: scope.userId }, select: { caseId: true } });
  const [cases, unit, staff] = await Promise.all([
    scopedDb(scope).serviceCase.findMany({
      where: {
        firstHandlerId: scope.userId,
        status: { in: [...CLOCKED_CASE_STATUSES] },
        AND: [{ OR: [{ acceptedAt: { gte: dayStart } }, { dueDate: { lte: toDateColumn(today) } }, { id: { in: decidedToday.map((d) => d.caseId) } }] }],
      },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { acceptedAt: "asc" }],
      select: { id: true, caseNo: true, itemName: true, status: true, dueDate: true, acceptedAt: true, hallOrgUnitId: true },
      take: 100,
    }),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { workingHours: true } }),
    unitStaffOf(scope.orgUnitId),
  ]);
  const decisions = await scopedDb(scope).extendedService.findMany({ where: { date: toDateColumn(today), caseId: { in: cases.map((c) => c.id) } } });
  const byCase = new Map(decisions.map((d) => [d.caseId, d]));
  const names = await namesOf(decisions.flatMap((d) => [...d.staffIds, d.decidedById]));
  const closingTime = closingTimeOf(unit.workingHours);
  return {
    today,
    closingTime,
    promptFrom: minusMinutes(closingTime, PROMPT_LEAD_MINUTES),
    inPrompt: isPromptTime(now, closingTime),
    staff,
    rows: cases.map((c) => {
      const d = byCase.get(c.id);
      return {
        id: c.id, caseNo: c.caseNo, itemName: c.itemName, status: c.status, dueDate: dateOnly(c.dueDate),
        overdue: !!c.dueDate && dateOnly(c.dueDate)! < today,
        decision: d ? { decision: d.decision, reason: d.reason, staff: d.staffIds.map((id) => names.get(id) ?? "—"), finishedAt: d.finishedAt } : null,
      };
    }),
  };
}
export type ExtendedCandidate = Awaited<ReturnType<typeof listExtendedCandidates>>["rows"][number];

/** AMB-57: the reviewer's daily report of "不具备条件" reasons in the subtree. */
export async function listNotReadyReasons(scope: Scope, date = todayInShanghai()) {
  assertCan(scope, "hall.review");
  const rows = await scopedDb(scope).extendedService.findMany({
    where: { date: toDateColumn(date), decision: "NOT_READY" },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  const [cases, names] = await Promise.all([
    scopedDb(scope).serviceCase.findMany({ where: { id: { in: rows.map((r) => r.caseId) } }, select: { id: true, caseNo: true, itemName: true } }),
    namesOf(rows.map((r) => r.decidedById)),
  ]);
  const caseOf = new Map(cases.map((c) => [c.id, c]));
  return rows.map((r) => ({
    id: r.id, caseId: r.caseId, caseNo: caseOf.get(r.caseId)?.caseNo ?? "—", itemName: caseOf.get(r.caseId)?.itemName ?? "—",
    handler: names.get(r.decidedById) ?? "—", reason: r.reason ?? "", at: r.createdAt,
  }));
}

/**
 * SPEC §3.12.5 report "extended services per unit and month": decisions to extend, those
 * extended cases finished after closing (ServiceCase.extendedService), and 不具备条件 decisions.
 */
export async function extendedServiceCounts(scope: Scope, month: string) {
  assertCan(scope, "hall.kpi");
  const bounds = monthBounds(month);
  if (!bounds) throw new DomainError("月份格式应为 YYYY-MM");
  const range = { gte: toDateColumn(bounds.first), lte: toDateColumn(bounds.last) };
  const from = new Date(`${bounds.first}T00:00:00+08:00`);
  const to = new Date(new Date(`${bounds.last}T00:00:00+08:00`).getTime() + 86_400_000);
  const [decisions, finished, units] = await Promise.all([
    scopedDb(scope).extendedService.groupBy({ by: ["orgPath", "decision"], where: { date: range }, _count: { _all: true } }),
    scopedDb(scope).serviceCase.groupBy({ by: ["hallOrgUnitId"], where: { extendedService: true, completedAt: { gte: from, lt: to } }, _count: { _all: true } }),
    db.orgUnit.findMany({ where: { ...orgInScope(scope), active: true, OR: [{ hasServiceHall: true }, { lunchDutyRequired: true }] }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } }),
  ]);
  const finishedOf = new Map(finished.map((f) => [f.hallOrgUnitId, f._count._all]));
  return units.map((u) => {
    const mine = decisions.filter((d) => d.orgPath === u.path);
    const n = (k: "EXTEND" | "NOT_READY") => mine.filter((d) => d.decision === k).reduce((s, d) => s + d._count._all, 0);
    return { orgUnitId: u.id, name: u.name, extended: n("EXTEND"), finishedAfterClosing: finishedOf.get(u.id) ?? 0, notReady: n("NOT_READY") };
  });
}
