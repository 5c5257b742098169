import "server-only";
import { db } from "@/lib/core/db";
import { maskMobile } from "@/lib/core/mask";
import { assertCan, can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import type { AppointmentMethod, AppointmentStatus, AppointmentType, Prisma } from "@/lib/generated/prisma/client";
import { dateOnly, toDateColumn } from "@/lib/hall/cases/due-date";
import { APPOINTMENT_METHODS, APPOINTMENT_TYPES } from "./schemas";
import { appointmentFacts, loadAppointmentInScope } from "./services/load";
import { appointmentWorkflow } from "./workflow";

const PAGE_SIZE = 50;
const STATUSES = ["REQUESTED", "CONFIRMED", "CHECKED_IN", "COMPLETED", "NO_SHOW", "CANCELLED", "RESCHEDULED"] as const;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export type AppointmentFilter = { status?: string; type?: string; method?: string; from?: string; to?: string; page?: number };

/** Names of persons, staff and windows for a page of rows (one query each, no N+1). */
async function namesFor(scope: Scope, rows: { applicantPersonId: string; assignedStaffId: string | null; windowId: string | null }[]) {
  const sdb = scopedDb(scope);
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const [persons, staff, windows] = await Promise.all([
    sdb.person.findMany({ where: { id: { in: uniq(rows.map((r) => r.applicantPersonId)) } }, select: { id: true, name: true, idMasked: true } }),
    sdb.user.findMany({ where: { id: { in: uniq(rows.map((r) => r.assignedStaffId)) } }, select: { id: true, displayName: true } }),
    sdb.serviceWindow.findMany({ where: { id: { in: uniq(rows.map((r) => r.windowId)) } }, select: { id: true, windowNo: true, name: true } }),
  ]);
  return {
    person: new Map(persons.map((p) => [p.id, p])),
    staff: new Map(staff.map((s) => [s.id, s.displayName])),
    window: new Map(windows.map((w) => [w.id, w])),
  };
}

export const ROW_SELECT = {
  id: true, type: true, method: true, status: true, date: true, startTime: true, endTime: true, urgent: true, itemCode: true, topic: true,
  applicantPersonId: true, assignedStaffId: true, windowId: true, contactPhone: true, checkedInAt: true, approvedById: true, caseId: true,
  createdById: true,
} satisfies Prisma.AppointmentSelect;

export type RawRow = Prisma.AppointmentGetPayload<{ select: typeof ROW_SELECT }>;

export async function presentAppointments(scope: Scope, rows: RawRow[]) {
  const n = await namesFor(scope, rows);
  return rows.map((r) => ({
    ...r,
    date: dateOnly(r.date)!,
    contactPhone: maskMobile(r.contactPhone),
    person: n.person.get(r.applicantPersonId) ?? null,
    staffName: r.assignedStaffId ? (n.staff.get(r.assignedStaffId) ?? "—") : null,
    window: r.windowId ? (n.window.get(r.windowId) ?? null) : null,
    /** §7.2.1 a: a checked-in workday appointment is served first. */
    priority: r.type === "WORKDAY" && r.status === "CHECKED_IN",
  }));
}
export type AppointmentRow = Awaited<ReturnType<typeof presentAppointments>>[number];

/** The scoped, masked list with URL filters, by date and time; no whole-table COUNT. */
export async function listAppointments(scope: Scope, f: AppointmentFilter) {
  assertCan(scope, "hall.read");
  const page = Math.max(1, Math.floor(f.page ?? 1));
  const where: Prisma.AppointmentWhereInput = {};
  const status = STATUSES.find((s) => s === f.status);
  const type = APPOINTMENT_TYPES.find((t) => t === f.type);
  const method = APPOINTMENT_METHODS.find((m) => m === f.method);
  if (status) where.status = status as AppointmentStatus;
  if (type) where.type = type as AppointmentType;
  if (method) where.method = method as AppointmentMethod;
  const from = f.from && DATE_RE.test(f.from) ? f.from : undefined;
  const to = f.to && DATE_RE.test(f.to) ? f.to : undefined;
  if (from || to) where.date = { ...(from ? { gte: toDateColumn(from) } : {}), ...(to ? { lte: toDateColumn(to) } : {}) };
  const rows = await scopedDb(scope).appointment.findMany({
    where, orderBy: [{ date: "desc" }, { startTime: "asc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1, select: ROW_SELECT,
  });
  return { page, hasNext: rows.length > PAGE_SIZE, rows: await presentAppointments(scope, rows.slice(0, PAGE_SIZE)) };
}

/** One day of the caller's unit: its windows' slots and the appointments without a window. */
export async function getDaySchedule(scope: Scope, date: string) {
  assertCan(scope, "hall.read");
  const sdb = scopedDb(scope);
  const [windows, rows] = await Promise.all([
    sdb.serviceWindow.findMany({ where: { orgUnitId: scope.orgUnitId, active: true }, orderBy: { windowNo: "asc" }, select: { id: true, windowNo: true, name: true } }),
    sdb.appointment.findMany({
      where: { orgUnitId: scope.orgUnitId, date: toDateColumn(date), status: { notIn: ["CANCELLED", "RESCHEDULED"] } },
      orderBy: [{ startTime: "asc" }, { createdAt: "asc" }],
      select: ROW_SELECT,
      take: 500,
    }),
  ]);
  const shown = await presentAppointments(scope, rows);
  return {
    windows: windows.map((w) => ({ ...w, appointments: shown.filter((r) => r.windowId === w.id) })),
    other: shown.filter((r) => !r.windowId || !windows.some((w) => w.id === r.windowId)),
  };
}

/** Per slot of one window and day: how many live workday bookings it holds. */
export async function getSlotBookings(scope: Scope, windowId: string, date: string): Promise<Record<string, number>> {
  assertCan(scope, "hall.read");
  const groups = await scopedDb(scope).appointment.groupBy({
    by: ["startTime"],
    where: { windowId, orgUnitId: scope.orgUnitId, type: "WORKDAY", date: toDateColumn(date), status: { in: ["REQUESTED", "CONFIRMED", "CHECKED_IN", "COMPLETED", "NO_SHOW"] } },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.startTime, g._count._all]));
}

/** One appointment with names, its history, and the steps this user may take now. */
export async function getAppointment(scope: Scope, id: string, now = new Date()) {
  assertCan(scope, "hall.read");
  const a = await loadAppointmentInScope(scope, id);
  const sdb = scopedDb(scope);
  const history = await sdb.statusHistory.findMany({ where: { entityType: appointmentWorkflow.entityType, entityId: a.id }, orderBy: { id: "desc" }, take: 30 });
  const userIds = [...new Set([...history.map((h) => h.actorId), a.approvedById, a.assignedStaffId].filter((x): x is string => !!x))];
  const [persons, users, window, kase, from, to] = await Promise.all([
    sdb.person.findFirst({ where: { id: a.applicantPersonId }, select: { id: true, name: true, idMasked: true } }),
    sdb.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }),
    a.windowId ? sdb.serviceWindow.findFirst({ where: { id: a.windowId }, select: { id: true, windowNo: true, name: true } }) : null,
    a.caseId ? sdb.serviceCase.findFirst({ where: { id: a.caseId }, select: { id: true, caseNo: true, status: true } }) : null,
    sdb.appointment.findFirst({ where: { rescheduledToId: a.id }, select: { id: true, date: true, startTime: true } }),
    a.rescheduledToId ? sdb.appointment.findFirst({ where: { id: a.rescheduledToId }, select: { id: true, date: true, startTime: true } }) : null,
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
  // The catalogue is shared (ORG-24): the item's name is read unscoped.
  const item = a.serviceItemId ? await db.serviceItem.findUnique({ where: { id: a.serviceItemId }, select: { code: true, name: true } }) : null;
  const record = { id: a.id, status: a.status, orgPath: a.orgPath, personId: a.applicantPersonId };
  const h = history.map((x) => ({ action: x.action, actorId: x.actorId }));
  const steps = availableTransitions(appointmentWorkflow, scope, { ...record, facts: appointmentFacts(a, now) }, h);
  // Confirm / approve take the staff member (and room) in their own form: offer them when only those are missing.
  const withChoice = availableTransitions(appointmentWorkflow, scope, { ...record, facts: appointmentFacts(a, now, { assignedStaffId: "?", videoRoom: "?", approved: !!a.approvedById }) }, h)
    .filter((t) => (t.action === "confirm" || t.action === "approve") && !steps.some((s) => s.action === t.action));
  return {
    appointment: { ...a, date: dateOnly(a.date)!, contactPhone: maskMobile(a.contactPhone) },
    can: {
      // 受理登记 opens the case form; registering the case fires "completeByCase" (never a button of its own).
      registerCase: can(scope, "hall.handle") && steps.some((t) => t.action === "completeByCase"),
    },
    person: persons,
    window,
    item,
    case: kase,
    approvedByName: a.approvedById ? (nameOf.get(a.approvedById) ?? "—") : null,
    staffName: a.assignedStaffId ? (nameOf.get(a.assignedStaffId) ?? "—") : null,
    rescheduledFrom: from ? { ...from, date: dateOnly(from.date)! } : null,
    rescheduledTo: to ? { ...to, date: dateOnly(to.date)! } : null,
    steps: [...steps, ...withChoice].filter((t) => t.action !== "completeByCase").map((t) => ({ action: t.action, label: t.label })),
    history: history.map((x) => ({ id: String(x.id), at: x.at, action: x.action, from: x.fromStatus, to: x.toStatus, reason: x.reason, actorName: nameOf.get(x.actorId) ?? "—" })),
  };
}
