import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import type { StaffLeave } from "@/lib/generated/prisma/client";
import { approvalTimingProblem } from "./rules";
import { leaveWorkflow } from "./workflow";

export async function namesOf(ids: (string | null | undefined)[]) {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** The requester's own steps the engine offers now (撤销 / 销假). */
function ownSteps(scope: Scope, l: StaffLeave, now: Date) {
  const record = {
    id: l.id, status: l.status, orgPath: l.orgPath,
    facts: { requesterId: l.userId, started: l.startsAt <= now, approvalTimingProblem: approvalTimingProblem(l.type, l.startsAt, now), abConflict: false, override: false },
  };
  return availableTransitions(leaveWorkflow, scope, record, [])
    .filter((t) => t.action === "cancel" || t.action === "reportReturn")
    .map((t) => ({ action: t.action as "cancel" | "reportReturn", label: t.label }));
}

/** 我的请假: the caller's requests, newest first. */
export async function listMyLeave(scope: Scope, now = new Date()) {
  assertCan(scope, "hall.presence.self");
  const rows = await scopedDb(scope).staffLeave.findMany({ where: { userId: scope.userId }, orderBy: { startsAt: "desc" }, take: 50 });
  const names = await namesOf(rows.flatMap((r) => [r.decidedById, r.substituteUserId]));
  return rows.map((r) => ({
    id: r.id, version: r.version, type: r.type, status: r.status, startsAt: r.startsAt, endsAt: r.endsAt, reason: r.reason,
    abConflict: r.abConflict, abConflictOverride: r.abConflictOverride, decisionNote: r.decisionNote, returnReportedAt: r.returnReportedAt,
    decidedBy: r.decidedById ? names.get(r.decidedById) ?? "—" : null,
    substitute: r.substituteUserId ? names.get(r.substituteUserId) ?? "—" : null,
    steps: ownSteps(scope, r, now),
  }));
}
export type MyLeaveRow = Awaited<ReturnType<typeof listMyLeave>>[number];

/** AMB-14: A/B simultaneous leave approved by a WINDOW_LEAD override, for the subtree (reported). */
export async function listLeaveOverrides(scope: Scope, opts: { sinceDays?: number } = {}, now = new Date()) {
  assertCan(scope, "hall.review");
  const since = opts.sinceDays ? new Date(now.getTime() - opts.sinceDays * 86_400_000) : null;
  const rows = await scopedDb(scope).staffLeave.findMany({
    where: { abConflictOverride: true, ...(since ? { endsAt: { gte: since } } : {}) },
    orderBy: { startsAt: "desc" },
    take: 50,
  });
  const names = await namesOf(rows.flatMap((r) => [r.userId, r.decidedById, r.substituteUserId]));
  return rows.map((r) => ({
    id: r.id, type: r.type, status: r.status, startsAt: r.startsAt, endsAt: r.endsAt, overrideReason: r.overrideReason,
    requester: names.get(r.userId) ?? "—", decidedBy: r.decidedById ? names.get(r.decidedById) ?? "—" : "—",
    substitute: r.substituteUserId ? names.get(r.substituteUserId) ?? "—" : "—",
  }));
}
