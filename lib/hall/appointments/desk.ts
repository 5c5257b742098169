import "server-only";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { presentAppointments, ROW_SELECT } from "./queries";

// Widgets for the clerk's desk and the review desk (SPEC §4.7 "today's appointments").

/**
 * X-70 我的工作台: today's appointments that are mine (I receive them) or my windows' (I am A or B
 * of the window's pair in force today), checked-in workday ones first within their slot (§7.2.1 a).
 */
export async function getTodaysAppointments(scope: Scope, now = new Date()) {
  assertCan(scope, "hall.read");
  const today = todayInShanghai(now);
  const day = toDateColumn(today);
  const sdb = scopedDb(scope);
  const pairs = await sdb.abRoleAssignment.findMany({
    where: {
      OR: [{ aUserId: scope.userId }, { bUserId: scope.userId }],
      effectiveFrom: { lte: day },
      AND: [{ OR: [{ effectiveTo: null }, { effectiveTo: { gte: day } }] }],
    },
    select: { windowId: true },
  });
  const rows = await sdb.appointment.findMany({
    where: {
      date: day,
      status: { in: ["REQUESTED", "CONFIRMED", "CHECKED_IN", "COMPLETED", "NO_SHOW"] },
      OR: [{ assignedStaffId: scope.userId }, { windowId: { in: pairs.map((p) => p.windowId) } }],
    },
    orderBy: [{ startTime: "asc" }, { createdAt: "asc" }],
    select: ROW_SELECT,
    take: 200,
  });
  const shown = await presentAppointments(scope, rows);
  return shown.sort((a, b) => a.startTime.localeCompare(b.startTime) || Number(b.priority) - Number(a.priority));
}

/**
 * 审核台: non-working-day requests waiting for a reviewer's approval (AMB-50), oldest day first.
 * `mine` marks the ones this reviewer requested, which ORG-30 forbids them to approve.
 */
export async function getPendingAppointmentApprovals(scope: Scope) {
  assertCan(scope, "hall.read");
  const rows = await scopedDb(scope).appointment.findMany({
    where: { type: "NON_WORKING_DAY", status: "REQUESTED", approvedById: null },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
    select: ROW_SELECT,
    take: 100,
  });
  return (await presentAppointments(scope, rows)).map((r) => ({ ...r, mine: r.createdById === scope.userId }));
}

/** Non-working-day duties approved for me and waiting for my acceptance. */
export async function getPendingDutyAcceptances(scope: Scope) {
  assertCan(scope, "hall.read");
  const rows = await scopedDb(scope).appointment.findMany({
    where: { type: "NON_WORKING_DAY", status: "REQUESTED", approvedById: { not: null }, assignedStaffId: scope.userId },
    orderBy: [{ date: "asc" }, { startTime: "asc" }],
    select: ROW_SELECT,
    take: 100,
  });
  return presentAppointments(scope, rows);
}
