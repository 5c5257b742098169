import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { addDays } from "@/lib/core/calendar-math";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { cancelLeave, decideLeave, reportReturn, requestLeave } from "@/lib/hall/leave/services";
import { getPendingLeaveDecisions } from "@/lib/hall/leave/review";
import { listLeaveOverrides, listMyLeave } from "@/lib/hall/leave/queries";
import { LEAVE_CONFLICT_MESSAGE } from "@/lib/hall/leave/rules";
import { makeUser } from "../support/factories";
import { makeHall } from "../support/hall-factories";

/** A Monday in a far-future year no other test uses, so leave and calendar rows never collide. */
function futureMonday(): string {
  let d = `${2120 + randomInt(70)}-03-0${1 + randomInt(7)}`;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const local = (date: string, hhmm: string) => `${date}T${hhmm}`;
const leaveOf = (id: string) => db.staffLeave.findUniqueOrThrow({ where: { id } });

describe("leave requests (§5.2.1, STF-07) and the A/B rules (ORG-41, ORG-42)", () => {
  it("blocks simultaneous A/B leave with the exact message; only a WINDOW_LEAD overrides, with a reason and a substitute", async () => {
    const h = await makeHall();
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const [tue, wed, thu, fri] = [1, 2, 3, 4].map((n) => addDays(mon, 7 + n));
    const a = await requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(tue, "08:30"), endsAt: local(thu, "17:30"), reason: "探亲" }, now);
    expect(a).toMatchObject({ status: "REQUESTED", abConflict: false, userId: h.clerkA.user.id, orgPath: h.unit.path });
    await decideLeave(h.reviewer.scope, { id: a.id, version: a.version, decision: "approve" }, now);
    expect(await leaveOf(a.id)).toMatchObject({ status: "APPROVED", decidedById: h.reviewer.user.id });

    const b = await requestLeave(h.clerkB.scope, { type: "PERSONAL", startsAt: local(wed, "08:30"), endsAt: local(fri, "17:30") }, now);
    expect(b.abConflict).toBe(true);
    const pending = await getPendingLeaveDecisions(h.reviewer.scope);
    const row = pending.rows.find((r) => r.id === b.id)!;
    expect(row).toMatchObject({ abConflict: true });
    expect(row.conflicts).toEqual([{ counterpart: "测试用户", counterpartId: h.clerkA.user.id, windowNo: h.window.windowNo, days: [wed, thu] }]);

    // A reviewer who is not the window lead is refused with exactly the SPEC's words.
    await expect(decideLeave(h.reviewer2.scope, { id: b.id, version: b.version, decision: "approve", overrideReason: "业务需要同意", substituteUserId: h.reviewer.user.id }, now))
      .rejects.toSatisfy((e: unknown) => e instanceof InvalidTransition && e.message === LEAVE_CONFLICT_MESSAGE);
    await expect(decideLeave(h.reviewer.scope, { id: b.id, version: b.version, decision: "approve" }, now))
      .rejects.toSatisfy((e: unknown) => e instanceof FieldError && e.message === LEAVE_CONFLICT_MESSAGE);
    await expect(decideLeave(h.reviewer.scope, { id: b.id, version: b.version, decision: "approve", overrideReason: "家中急事，确需同期休假" }, now)).rejects.toMatchObject({ field: "substituteUserId" });
    await expect(decideLeave(h.reviewer.scope, { id: b.id, version: b.version, decision: "approve", overrideReason: "家中急事，确需同期休假", substituteUserId: h.clerkA.user.id }, now))
      .rejects.toMatchObject({ field: "substituteUserId" });
    await expect(decideLeave(h.reviewer.scope, { id: b.id, version: b.version, decision: "approve", overrideReason: "家中急事，确需同期休假", substituteUserId: h.townClerk.user.id }, now))
      .rejects.toMatchObject({ field: "substituteUserId" });
    expect((await leaveOf(b.id)).status).toBe("REQUESTED");

    await decideLeave(h.reviewer.scope, { id: b.id, version: b.version, decision: "approve", overrideReason: "家中急事，确需同期休假", substituteUserId: h.reviewer2.user.id }, now);
    expect(await leaveOf(b.id)).toMatchObject({
      status: "APPROVED", abConflict: true, abConflictOverride: true, overrideReason: "家中急事，确需同期休假", substituteUserId: h.reviewer2.user.id,
    });
    // ORG-41: the window lead hears at once of each working day without A or B; the substitute is told.
    const gaps = await db.reminder.findMany({ where: { ruleId: "ORG-41", entityId: h.window.id }, orderBy: { dueDate: "asc" } });
    expect(gaps.map((g) => [g.assigneeUserId, g.dueDate?.toISOString().slice(0, 10)])).toEqual([[h.reviewer.user.id, wed], [h.reviewer.user.id, thu]]);
    expect(await db.reminder.count({ where: { ruleId: "ORG-42", entityId: b.id, assigneeUserId: h.reviewer2.user.id } })).toBe(1);
    // AMB-14: overrides are reported.
    expect((await listLeaveOverrides(h.reviewer.scope)).map((o) => o.id)).toContain(b.id);
    expect(await db.auditEvent.count({ where: { entityType: "StaffLeave", entityId: b.id, action: "APPROVE" } })).toBe(2);
  });

  it("nobody approves their own leave; clerks do not approve at all; a stale decision is a conflict", async () => {
    const h = await makeHall();
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const own = await requestLeave(h.reviewer.scope, { type: "ANNUAL", startsAt: local(addDays(mon, 2), "08:30"), endsAt: local(addDays(mon, 2), "17:30") }, now);
    await expect(decideLeave(h.reviewer.scope, { id: own.id, version: own.version, decision: "approve" }, now)).rejects.toThrow("不能审批本人的请假");
    expect((await getPendingLeaveDecisions(h.reviewer.scope)).rows.map((r) => r.id)).not.toContain(own.id);
    await expect(decideLeave(h.clerkA.scope, { id: own.id, version: own.version, decision: "approve" }, now)).rejects.toBeInstanceOf(Forbidden);
    await expect(decideLeave(h.reviewer2.scope, { id: own.id, version: own.version, decision: "reject" }, now)).rejects.toMatchObject({ field: "note" });
    await decideLeave(h.reviewer2.scope, { id: own.id, version: own.version, decision: "reject", note: "当日有检查任务" }, now);
    expect(await leaveOf(own.id)).toMatchObject({ status: "REJECTED", decisionNote: "当日有检查任务", decidedById: h.reviewer2.user.id });
    await expect(decideLeave(h.reviewer2.scope, { id: own.id, version: own.version, decision: "approve" }, now)).rejects.toBeInstanceOf(Conflict);
  });

  it("STF-07: leave is asked for before it starts; sick leave up to 2 working days afterwards; approval after the start only for sick leave", async () => {
    const h = await makeHall();
    const mon = futureMonday();
    const wed = addDays(mon, 2);
    const now = at(wed, "10:00");
    await expect(requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(addDays(mon, 1), "08:30"), endsAt: local(addDays(mon, 1), "17:30") }, now))
      .rejects.toMatchObject({ field: "startsAt" });
    // Started Monday: the 2nd working day after it is Wednesday (today) — still allowed.
    const sick = await requestLeave(h.clerkA.scope, { type: "SICK", startsAt: local(mon, "08:30"), endsAt: local(mon, "17:30") }, now);
    // Started the Friday before: the 2nd working day after it (weekend skipped) was Tuesday — too late.
    await expect(requestLeave(h.clerkB.scope, { type: "SICK", startsAt: local(addDays(mon, -3), "08:30"), endsAt: local(addDays(mon, -3), "17:30") }, now))
      .rejects.toThrow("病假补办须在开始后2个工作日内");
    await decideLeave(h.reviewer.scope, { id: sick.id, version: sick.version, decision: "approve" }, now);
    expect((await leaveOf(sick.id)).status).toBe("APPROVED");

    const annual = await requestLeave(h.clerkB.scope, { type: "ANNUAL", startsAt: local(wed, "14:00"), endsAt: local(wed, "17:30") }, now);
    await expect(decideLeave(h.reviewer.scope, { id: annual.id, version: annual.version, decision: "approve" }, at(wed, "15:00"))).rejects.toThrow("该请假已开始，不能再批准");
    // End before start is refused by the schema; overlapping one's own leave too.
    await expect(requestLeave(h.clerkB.scope, { type: "ANNUAL", startsAt: local(addDays(wed, 7), "17:00"), endsAt: local(addDays(wed, 7), "08:00") }, now)).rejects.toMatchObject({ field: "endsAt" });
    await expect(requestLeave(h.clerkB.scope, { type: "PERSONAL", startsAt: local(wed, "15:00"), endsAt: local(wed, "16:00") }, now)).rejects.toThrow("与您已有的请假时间重叠");
  });

  it("the requester cancels before the start and reports back (销假) after it; an early return shortens the leave", async () => {
    const h = await makeHall();
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const [tue, thu] = [addDays(mon, 1), addDays(mon, 3)];
    const first = await requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(tue, "08:30"), endsAt: local(tue, "17:30") }, now);
    await expect(cancelLeave(h.clerkB.scope, { id: first.id, version: first.version }, now)).rejects.toThrow("只有请假人本人可以办理");
    await cancelLeave(h.clerkA.scope, { id: first.id, version: first.version }, now);
    expect((await leaveOf(first.id)).status).toBe("CANCELLED");
    expect(await cancelLeave(h.clerkA.scope, { id: first.id, version: first.version }, now)).toBe("CANCELLED");

    const l = await requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(tue, "08:30"), endsAt: local(thu, "17:30") }, now);
    await decideLeave(h.reviewer.scope, { id: l.id, version: l.version, decision: "approve" }, now);
    let v = (await leaveOf(l.id)).version;
    await expect(reportReturn(h.clerkA.scope, { id: l.id, version: v }, now)).rejects.toThrow("请假尚未开始");
    const back = at(addDays(mon, 2), "13:00");
    await expect(cancelLeave(h.clerkA.scope, { id: l.id, version: v }, back)).rejects.toThrow("请假已开始，不能撤销");
    expect((await listMyLeave(h.clerkA.scope, back)).find((r) => r.id === l.id)?.steps).toEqual([{ action: "reportReturn", label: "销假" }]);
    await reportReturn(h.clerkA.scope, { id: l.id, version: v }, back);
    const after = await leaveOf(l.id);
    expect(after).toMatchObject({ status: "RETURNED", returnReportedAt: back, endsAt: back });
    v = after.version;
    expect(await reportReturn(h.clerkA.scope, { id: l.id, version: v }, back)).toBe("RETURNED");
  });

  it("a sibling unit can neither read nor decide the hall's leave (NotFound)", async () => {
    const h = await makeHall();
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const l = await requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(addDays(mon, 1), "08:30"), endsAt: local(addDays(mon, 1), "17:30") }, now);
    const siblingReviewer = await makeUser(h.tree.townB, "REVIEWER", ["WINDOW_LEAD"]);
    await expect(decideLeave(siblingReviewer.scope, { id: l.id, version: l.version, decision: "approve" }, now)).rejects.toBeInstanceOf(NotFound);
    await expect(cancelLeave(h.sibling.scope, { id: l.id, version: l.version }, now)).rejects.toBeInstanceOf(NotFound);
    expect((await getPendingLeaveDecisions(siblingReviewer.scope, { includeSubUnits: true })).rows.map((r) => r.id)).not.toContain(l.id);
    expect((await leaveOf(l.id)).status).toBe("REQUESTED");
    // The district reviewer of the same unit does see it.
    expect((await getPendingLeaveDecisions(h.reviewer.scope)).rows.map((r) => r.id)).toContain(l.id);
  });
});
