import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { loadOverrides } from "@/lib/core/calendar";
import { isWorkingDay } from "@/lib/core/calendar-math";
import { Conflict, FieldError, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import type { StaffLeave } from "@/lib/generated/prisma/client";
import { LEAVE_TYPE_LABELS } from "@/lib/hall/labels";
import { writeReminders } from "@/lib/reminders/notify";
import { alertRosteredLeave } from "@/lib/hall/duty/leave-on-duty";
import { findAbConflicts, lockAbPairUnits, type AbConflict } from "./conflicts";
import { LEAVE_CONFLICT_MESSAGE, MAX_LEAVE_DAYS, approvalTimingProblem, parseShanghaiDateTime, requestTimingProblem } from "./rules";
import { LeaveDecisionInput, LeaveRefInput, LeaveRequestInput } from "./schemas";
import { leaveWorkflow, type LeaveAction } from "./workflow";

// §5.2.1 请销假 (SPEC §3.13.1 StaffLeave, STF-07) with the A/B rules ORG-41 / ORG-42 (§7.7.2).

const DAY_MS = 86_400_000;

export async function loadLeaveInScope(scope: Scope, id: string) {
  const l = await scopedDb(scope).staffLeave.findFirst({ where: { id } });
  if (!l) throw new NotFound("请假记录不存在或不在您的管辖范围内");
  return l;
}

/** A staff member asks for their own leave. The A/B overlap is flagged now and checked again on approval. */
export async function requestLeave(scope: Scope, raw: LeaveRequestInput, now = new Date()) {
  assertCan(scope, "hall.presence.self");
  const input = parseInput(LeaveRequestInput, raw);
  const startsAt = parseShanghaiDateTime(input.startsAt);
  const endsAt = parseShanghaiDateTime(input.endsAt);
  if (endsAt.getTime() - startsAt.getTime() > MAX_LEAVE_DAYS * DAY_MS) throw new FieldError("endsAt", `单次请假不超过${MAX_LEAVE_DAYS}天`);
  const timing = requestTimingProblem(input.type, startsAt, now, await loadOverrides());
  if (timing) throw new FieldError("startsAt", timing);
  return db.$transaction(async (tx) => {
    // Two submits at once must not both pass the overlap check: requests of one user queue here.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`leave-user:${scope.userId}`}))`;
    const own = await tx.staffLeave.findFirst({
      where: { userId: scope.userId, status: { in: ["REQUESTED", "APPROVED"] }, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
      select: { id: true },
    });
    if (own) throw new FieldError("startsAt", "与您已有的请假时间重叠");
    // Only a flag for the reviewer; the binding ORG-42 check is repeated, under a lock, on approval.
    const conflicts = await findAbConflicts({ userId: scope.userId, startsAt, endsAt }, tx);
    const leave = await tx.staffLeave.create({
      data: {
        userId: scope.userId, type: input.type, startsAt, endsAt, reason: input.reason ?? null, abConflict: conflicts.length > 0,
        orgUnitId: scope.orgUnitId, orgPath: scope.orgPath, createdById: scope.userId,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "StaffLeave", entityId: leave.id, orgPath: leave.orgPath,
      diff: { type: leave.type, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), abConflict: leave.abConflict },
    });
    const reviewers = await tx.user.findMany({ where: { orgUnitId: scope.orgUnitId, role: "REVIEWER", active: true, NOT: { id: scope.userId } }, select: { id: true } });
    await writeReminders(tx, reviewers.map((r) => ({
      ruleId: "STF-07", entityType: "StaffLeave", entityId: leave.id, assigneeUserId: r.id, level: leave.abConflict ? "WARN" : "INFO",
      message: `${scope.displayName}申请${LEAVE_TYPE_LABELS[leave.type]}，待审批${leave.abConflict ? `（${LEAVE_CONFLICT_MESSAGE}）` : ""}`,
      href: "/hall/leave", fireKey: `STF-07:${leave.id}:${r.id}`, orgPath: leave.orgPath,
    })));
    return leave;
  });
}

async function fireLeave(
  tx: Tx, scope: Scope, l: StaffLeave, action: LeaveAction, now: Date,
  opts: { reason?: string; data?: Record<string, unknown>; abConflict?: boolean; override?: boolean } = {},
) {
  return fireTransition(tx, leaveWorkflow, scope, {
    record: {
      id: l.id, status: l.status, orgPath: l.orgPath,
      facts: {
        requesterId: l.userId, started: l.startsAt <= now, approvalTimingProblem: approvalTimingProblem(l.type, l.startsAt, now),
        abConflict: opts.abConflict ?? false, override: opts.override ?? false,
      },
    },
    action,
    reason: opts.reason,
    commit: async (t, to) => {
      const { count } = await t.staffLeave.updateMany({ where: { id: l.id, version: l.version, status: l.status }, data: { ...opts.data, status: to, version: { increment: 1 } } });
      return count;
    },
  });
}

/**
 * A unit reviewer approves or rejects (never their own). ORG-42: with an A/B overlap, approval is
 * refused with the SPEC's exact message unless a WINDOW_LEAD gives a reason and a substitute.
 * ORG-41: an approval that leaves a window without A or B on a working day alerts the window leads.
 */
export async function decideLeave(scope: Scope, raw: LeaveDecisionInput, now = new Date()) {
  assertCan(scope, "hall.review");
  const input = parseInput(LeaveDecisionInput, raw);
  const l = await loadLeaveInScope(scope, input.id);
  if (l.version !== input.version) throw new Conflict();
  if (input.decision === "reject") {
    return db.$transaction(async (tx) => {
      const status = await fireLeave(tx, scope, l, "reject", now, {
        reason: input.note, data: { decidedById: scope.userId, decidedAt: now, decisionNote: input.note ?? null },
      });
      await notifyRequester(tx, l, status);
      return status;
    });
  }
  return db.$transaction(async (tx) => {
    // ORG-42 is decided under the pair's lock with the conflicts recomputed in this transaction, so
    // a concurrent approval of the counterpart's overlapping leave is seen (or waits for this one).
    await lockAbPairUnits(tx, l);
    const conflicts = await findAbConflicts(l, tx);
    const override = conflicts.length > 0 ? await overrideOf(tx, scope, l, conflicts, input) : null;
    const status = await fireLeave(tx, scope, l, "approve", now, {
      reason: override?.reason ?? input.note,
      abConflict: conflicts.length > 0,
      override: !!override,
      data: {
        decidedById: scope.userId, decidedAt: now, decisionNote: input.note ?? null, abConflict: conflicts.length > 0,
        abConflictOverride: !!override, overrideReason: override?.reason ?? null, substituteUserId: override?.substituteUserId ?? null,
      },
    });
    if (override) {
      await writeAudit(tx, actorOf(scope), {
        action: "APPROVE", entityType: "StaffLeave", entityId: l.id, orgPath: l.orgPath, reason: override.reason,
        diff: { abConflictOverride: true, substituteUserId: override.substituteUserId, conflicts: conflicts.map((c) => ({ windowNo: c.windowNo, days: c.days })) },
      });
      await alertGaps(tx, l, conflicts, override.substituteUserId);
    }
    const requester = await tx.user.findUniqueOrThrow({ where: { id: l.userId }, select: { displayName: true } });
    await alertRosteredLeave(tx, l, requester.displayName);
    await notifyRequester(tx, l, status);
    return status;
  });
}

/** ORG-42 / AMB-14: only a WINDOW_LEAD, with a written reason and a named substitute of the unit. */
async function overrideOf(tx: Tx, scope: Scope, l: StaffLeave, conflicts: AbConflict[], input: { overrideReason?: string; substituteUserId?: string }) {
  // Anyone else (or the requester) is refused by the machine itself, with the exact message.
  if (!scope.capabilities.includes("WINDOW_LEAD") || l.userId === scope.userId) return null;
  if (!input.overrideReason) throw new FieldError("overrideReason", LEAVE_CONFLICT_MESSAGE);
  if (!input.substituteUserId) throw new FieldError("substituteUserId", "特批同期休假须指定补位人员");
  const away = new Set([l.userId, ...conflicts.map((c) => c.counterpartId)]);
  const substitute = await tx.user.findFirst({
    where: { id: input.substituteUserId, orgUnitId: l.orgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } },
    select: { id: true },
  });
  if (!substitute || away.has(substitute.id)) throw new FieldError("substituteUserId", "补位人员须为本单位在岗工作人员，且不能是休假的AB角本人");
  return { reason: input.overrideReason, substituteUserId: substitute.id };
}

/** ORG-41: both A and B away on a working day → the unit's window leads hear of it at once. */
async function alertGaps(tx: Tx, l: StaffLeave, conflicts: AbConflict[], substituteUserId: string) {
  const overrides = await loadOverrides();
  const unitIds = [...new Set(conflicts.map((c) => c.orgUnitId))];
  const leads = await tx.user.findMany({ where: { orgUnitId: { in: unitIds }, active: true, capabilities: { has: "WINDOW_LEAD" } }, select: { id: true, orgUnitId: true } });
  const reminders = conflicts.flatMap((c) =>
    c.days.filter((d) => isWorkingDay(d, overrides)).flatMap((day) =>
      leads.filter((u) => u.orgUnitId === c.orgUnitId).map((u) => ({
        ruleId: "ORG-41", entityType: "ServiceWindow", entityId: c.windowId, assigneeUserId: u.id, level: "WARN" as const,
        message: `${day} ${c.windowNo}号窗口A角、B角均请假不在岗，请落实补位人员`,
        href: "/hall/leave", dueDate: day, fireKey: `ORG-41:${c.windowId}:${day}:${u.id}`, orgPath: c.orgPath,
      })),
    ),
  );
  const days = [...new Set(conflicts.flatMap((c) => c.days))].sort();
  reminders.push({
    ruleId: "ORG-42", entityType: "StaffLeave", entityId: l.id, assigneeUserId: substituteUserId, level: "WARN",
    message: `您被指定为 ${days[0]}${days.length > 1 ? ` 至 ${days[days.length - 1]}` : ""} AB角同期休假期间的补位人员`,
    href: "/hall/windows", dueDate: days[0], fireKey: `ORG-42:${l.id}:${substituteUserId}`, orgPath: l.orgPath,
  });
  await writeReminders(tx, reminders);
}

async function notifyRequester(tx: Tx, l: StaffLeave, status: string) {
  await writeReminders(tx, [{
    ruleId: "STF-07", entityType: "StaffLeave", entityId: l.id, assigneeUserId: l.userId, level: "INFO",
    message: `您的${LEAVE_TYPE_LABELS[l.type]}申请${status === "APPROVED" ? "已批准" : "未获批准"}`,
    href: "/hall/leave", fireKey: `STF-07:${l.id}:${status}`, orgPath: l.orgPath,
  }]);
}

/** The requester withdraws the request, or gives up approved leave, before it starts. */
export async function cancelLeave(scope: Scope, raw: LeaveRefInput, now = new Date()) {
  assertCan(scope, "hall.presence.self");
  const input = parseInput(LeaveRefInput, raw);
  const l = await loadLeaveInScope(scope, input.id);
  if (l.status === "CANCELLED") return l.status;
  if (l.version !== input.version) throw new Conflict();
  return db.$transaction((tx) => fireLeave(tx, scope, l, "cancel", now));
}

/** 销假 (STF-07): the requester reports back; an early return shortens the leave to now. */
export async function reportReturn(scope: Scope, raw: LeaveRefInput, now = new Date()) {
  assertCan(scope, "hall.presence.self");
  const input = parseInput(LeaveRefInput, raw);
  const l = await loadLeaveInScope(scope, input.id);
  if (l.status === "RETURNED") return l.status;
  if (l.version !== input.version) throw new Conflict();
  return db.$transaction((tx) => fireLeave(tx, scope, l, "reportReturn", now, {
    data: { returnReportedAt: now, ...(l.endsAt > now ? { endsAt: now } : {}) },
  }));
}
