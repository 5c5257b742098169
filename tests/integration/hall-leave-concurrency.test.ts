import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { addDays } from "@/lib/core/calendar-math";
import { FieldError, InvalidTransition } from "@/lib/core/errors";
import { decideLeave, requestLeave } from "@/lib/hall/leave/services";
import { getPendingLeaveDecisions } from "@/lib/hall/leave/review";
import { findAbConflictsMany } from "@/lib/hall/leave/conflicts";
import { LEAVE_CONFLICT_MESSAGE } from "@/lib/hall/leave/rules";
import { makeUser } from "../support/factories";
import { makeHall, makePair, makeWindow } from "../support/hall-factories";

/** A Monday in a far-future year no other test uses, so leave and calendar rows never collide. */
function futureMonday(): string {
  let d = `${2120 + randomInt(70)}-05-0${1 + randomInt(7)}`;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}
const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
const local = (date: string, hhmm: string) => `${date}T${hhmm}`;

describe("leave under concurrency (F4: ORG-41 / ORG-42 checks inside the transaction, under a lock)", () => {
  it("of several simultaneous overlapping requests by one person exactly one is saved", async () => {
    const h = await makeHall();
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const tue = addDays(mon, 8);
    const results = await Promise.allSettled(
      [0, 1, 2, 3].map((i) => requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(tue, `0${8 + (i % 2)}:30`), endsAt: local(tue, "17:30") }, now)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toSatisfy((e: unknown) => e instanceof FieldError && e.field === "startsAt" && e.message === "与您已有的请假时间重叠");
    }
    expect(await db.staffLeave.count({ where: { userId: h.clerkA.user.id } })).toBe(1);
  });

  it("two reviewers approving A's and B's overlapping leave at once: one is refused with the SPEC's words (ORG-42)", async () => {
    const h = await makeHall();
    const reviewer3 = await makeUser(h.unit, "REVIEWER");
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const [tue, wed, thu, fri] = [1, 2, 3, 4].map((n) => addDays(mon, 7 + n));
    const a = await requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(tue, "08:30"), endsAt: local(thu, "17:30") }, now);
    const b = await requestLeave(h.clerkB.scope, { type: "PERSONAL", startsAt: local(wed, "08:30"), endsAt: local(fri, "17:30") }, now);
    // Neither is approved yet, so neither was flagged: only the approval check can catch this.
    expect([a.abConflict, b.abConflict]).toEqual([false, false]);
    const results = await Promise.allSettled([
      decideLeave(h.reviewer2.scope, { id: a.id, version: a.version, decision: "approve" }, now),
      decideLeave(reviewer3.scope, { id: b.id, version: b.version, decision: "approve" }, now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toSatisfy((e: unknown) => e instanceof InvalidTransition && e.message === LEAVE_CONFLICT_MESSAGE);
    const statuses = (await db.staffLeave.findMany({ where: { id: { in: [a.id, b.id] } }, select: { status: true } })).map((l) => l.status).sort();
    expect(statuses).toEqual(["APPROVED", "REQUESTED"]);
  });

  it("a window lead's override racing a plain approval: both approved only with the ORG-41 alert written", async () => {
    const h = await makeHall();
    const reviewer3 = await makeUser(h.unit, "REVIEWER");
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const [tue, wed, thu, fri] = [1, 2, 3, 4].map((n) => addDays(mon, 7 + n));
    const a = await requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(tue, "08:30"), endsAt: local(thu, "17:30") }, now);
    const b = await requestLeave(h.clerkB.scope, { type: "PERSONAL", startsAt: local(wed, "08:30"), endsAt: local(fri, "17:30") }, now);
    const results = await Promise.allSettled([
      decideLeave(reviewer3.scope, { id: a.id, version: a.version, decision: "approve" }, now),
      decideLeave(h.reviewer.scope, {
        id: b.id, version: b.version, decision: "approve", overrideReason: "家中急事，确需同期休假", substituteUserId: h.reviewer2.user.id,
      }, now),
    ]);
    const approved = await db.staffLeave.findMany({ where: { id: { in: [a.id, b.id] }, status: "APPROVED" } });
    const gaps = await db.reminder.findMany({ where: { ruleId: "ORG-41", entityId: h.window.id }, orderBy: { dueDate: "asc" } });
    if (approved.length === 2) {
      // B's approval saw A's: it is recorded as an override and the lead hears of both gap days.
      expect(approved.find((l) => l.id === b.id)).toMatchObject({ abConflict: true, abConflictOverride: true, substituteUserId: h.reviewer2.user.id });
      expect(gaps.map((g) => g.dueDate?.toISOString().slice(0, 10))).toEqual([wed, thu]);
    } else {
      // B went first (no conflict yet): A's plain approval is then refused.
      expect(approved.map((l) => l.id)).toEqual([b.id]);
      expect(results[0]).toMatchObject({ status: "rejected" });
      expect((results[0] as PromiseRejectedResult).reason).toSatisfy((e: unknown) => e instanceof InvalidTransition && e.message === LEAVE_CONFLICT_MESSAGE);
      expect(gaps).toEqual([]);
    }
  });
});

describe("the reviewer desk's conflicts in one batch (F17)", () => {
  it("computes every row's ORG-42 conflicts with a fixed number of queries, matching each leave on its own pairs", async () => {
    const h = await makeHall();
    const clerkC = await makeUser(h.unit, "CLERK");
    const clerkD = await makeUser(h.unit, "CLERK");
    const clerkE = await makeUser(h.unit, "CLERK");
    const w2 = await makeWindow(h.unit, [h.item.code]);
    const w3 = await makeWindow(h.unit, [h.item.code]);
    await makePair(w2, clerkC.user.id, clerkD.user.id);
    // clerk A is in two pairs: with B on the main window and with reviewer2 on w3.
    await makePair(w3, h.reviewer2.user.id, h.clerkA.user.id);
    const mon = futureMonday();
    const now = at(mon, "09:00");
    const [tue, wed, thu, fri] = [1, 2, 3, 4].map((n) => addDays(mon, 7 + n));

    const a = await requestLeave(h.clerkA.scope, { type: "ANNUAL", startsAt: local(tue, "08:30"), endsAt: local(thu, "17:30") }, now);
    await decideLeave(h.reviewer.scope, { id: a.id, version: a.version, decision: "approve" }, now);
    const c = await requestLeave(clerkC.scope, { type: "ANNUAL", startsAt: local(wed, "08:30"), endsAt: local(wed, "17:30") }, now);
    await decideLeave(h.reviewer.scope, { id: c.id, version: c.version, decision: "approve" }, now);

    const b = await requestLeave(h.clerkB.scope, { type: "PERSONAL", startsAt: local(wed, "08:30"), endsAt: local(fri, "17:30") }, now);
    const d = await requestLeave(clerkD.scope, { type: "PERSONAL", startsAt: local(tue, "08:30"), endsAt: local(tue, "17:30") }, now);
    const r2 = await requestLeave(h.reviewer2.scope, { type: "PERSONAL", startsAt: local(thu, "08:30"), endsAt: local(fri, "17:30") }, now);
    const e = await requestLeave(clerkE.scope, { type: "PERSONAL", startsAt: local(wed, "08:30"), endsAt: local(wed, "17:30") }, now);

    const pending = await getPendingLeaveDecisions(h.reviewer.scope);
    const byId = new Map(pending.rows.map((r) => [r.id, r]));
    expect(byId.get(b.id)).toMatchObject({ abConflict: true, conflicts: [{ counterpartId: h.clerkA.user.id, windowNo: h.window.windowNo, days: [wed, thu] }] });
    expect(byId.get(r2.id)).toMatchObject({ abConflict: true, conflicts: [{ counterpartId: h.clerkA.user.id, windowNo: w3.windowNo, days: [thu] }] });
    // D's Tuesday does not touch C's Wednesday; E has no pair at all.
    expect(byId.get(d.id)).toMatchObject({ abConflict: false, conflicts: [] });
    expect(byId.get(e.id)).toMatchObject({ abConflict: false, conflicts: [] });

    // The batch issues at most three queries however many rows there are (it was ~3 per row).
    const calls: string[] = [];
    const counted = <T extends object>(name: string, delegate: T): T =>
      new Proxy(delegate, {
        get(target, prop, receiver) {
          const v = Reflect.get(target, prop, receiver);
          return typeof v === "function" ? (...args: unknown[]) => (calls.push(`${name}.${String(prop)}`), v.apply(target, args)) : v;
        },
      });
    const client = { abRoleAssignment: counted("abRoleAssignment", db.abRoleAssignment), staffLeave: counted("staffLeave", db.staffLeave), serviceWindow: counted("serviceWindow", db.serviceWindow) };
    const rows = await db.staffLeave.findMany({ where: { id: { in: [b.id, d.id, r2.id, e.id] } }, orderBy: { startsAt: "asc" } });
    const batched = await findAbConflictsMany(rows, client);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(batched.map((x) => x.length)).toEqual(rows.map((r) => (r.id === b.id || r.id === r2.id ? 1 : 0)));
  });
});
