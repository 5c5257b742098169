import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { createAssignment, endAssignment } from "@/lib/hall/ab/assignments";
import { acknowledgeHandover, HANDOVER_REQUIRED, setMyPresence } from "@/lib/hall/ab/presence";
import { getPresenceContext, listHandoversToMe } from "@/lib/hall/ab/queries";
import { getAbStatus } from "@/lib/hall/ab/desk";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { transitionCase } from "@/lib/hall/cases/services/transitions";
import { makeUser } from "../support/factories";
import { makeHall, makeWindow, type Hall } from "../support/hall-factories";

const today = () => todayInShanghai();
const fresh = (id: string) => db.serviceCase.findUniqueOrThrow({ where: { id }, include: { materials: { orderBy: { sortOrder: "asc" } } } });

async function register(h: Hall) {
  return registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
}

async function checkAll(scope: Hall["clerkA"]["scope"], caseId: string) {
  const c = await fresh(caseId);
  return checkMaterials(scope, { caseId, version: c.version, materials: c.materials.map((m) => ({ id: m.id, state: "OK" as const })) });
}

const handover = { reason: "MEETING" as const, notes: "参加区局业务培训会，下午三点前返回，在办件已说明进度" };

describe("A/B assignments (SPEC §2.7, ORG-40)", () => {
  it("requires two different active window staff of the window's unit", async () => {
    const h = await makeHall();
    const w = await makeWindow(h.unit, [h.item.code]);
    const input = { windowId: w.id, aUserId: h.clerkA.user.id, bUserId: h.clerkA.user.id, effectiveFrom: today() };
    await expect(createAssignment(h.reviewer.scope, input)).rejects.toMatchObject({ field: "bUserId", message: "A角与B角不能是同一人" });
    await expect(createAssignment(h.reviewer.scope, { ...input, bUserId: h.townClerk.user.id })).rejects.toMatchObject({ field: "bUserId" });
    const admin = await makeUser(h.unit, "ADMIN");
    await expect(createAssignment(h.reviewer.scope, { ...input, bUserId: admin.user.id })).rejects.toMatchObject({ field: "bUserId" });
    await db.user.update({ where: { id: h.reviewer2.user.id }, data: { active: false } });
    await expect(createAssignment(h.reviewer.scope, { ...input, aUserId: h.reviewer2.user.id, bUserId: h.clerkB.user.id })).rejects.toMatchObject({ field: "aUserId" });
    await expect(createAssignment(h.reviewer.scope, { ...input, effectiveFrom: addDays(today(), -1), bUserId: h.clerkB.user.id })).rejects.toMatchObject({ field: "effectiveFrom" });
    // §2.6: clerks do not keep A/B assignments.
    await expect(createAssignment(h.clerkA.scope, { ...input, bUserId: h.clerkB.user.id })).rejects.toBeInstanceOf(Forbidden);
    expect(await db.abRoleAssignment.count({ where: { windowId: w.id } })).toBe(0);
    const a = await createAssignment(h.reviewer.scope, { ...input, bUserId: h.clerkB.user.id });
    expect(a).toMatchObject({ aUserId: h.clerkA.user.id, bUserId: h.clerkB.user.id, orgPath: h.unit.path, effectiveTo: null });
    expect(await db.auditEvent.count({ where: { entityType: "AbRoleAssignment", entityId: a.id, action: "CREATE" } })).toBe(1);
  });

  it("refuses an overlapping period for the same window; ending the old pair makes room", async () => {
    const h = await makeHall();
    const current = await db.abRoleAssignment.findFirstOrThrow({ where: { windowId: h.window.id } });
    const input = { windowId: h.window.id, aUserId: h.clerkB.user.id, bUserId: h.clerkA.user.id, effectiveFrom: addDays(today(), 10) };
    await expect(createAssignment(h.reviewer.scope, input)).rejects.toThrow("期间不能重叠");
    // End the open-ended pair on day 9: a pair from day 10 no longer overlaps; one from day 9 still does.
    await endAssignment(h.reviewer.scope, { id: current.id, version: current.version, effectiveTo: addDays(today(), 9) });
    await expect(createAssignment(h.reviewer.scope, { ...input, effectiveFrom: addDays(today(), 9) })).rejects.toBeInstanceOf(FieldError);
    const next = await createAssignment(h.reviewer.scope, input);
    expect(next.effectiveFrom.toISOString().slice(0, 10)).toBe(addDays(today(), 10));
    // Ending may only shorten, never reach back before yesterday.
    const ended = await db.abRoleAssignment.findUniqueOrThrow({ where: { id: current.id } });
    await expect(endAssignment(h.reviewer.scope, { id: current.id, version: ended.version, effectiveTo: addDays(today(), 20) })).rejects.toMatchObject({ field: "effectiveTo" });
    await expect(endAssignment(h.reviewer.scope, { id: current.id, version: ended.version, effectiveTo: addDays(today(), -2) })).rejects.toMatchObject({ field: "effectiveTo" });
    await expect(endAssignment(h.reviewer.scope, { id: current.id, version: 0, effectiveTo: addDays(today(), 3) })).rejects.toBeInstanceOf(Conflict);
  });

  it("of two concurrent overlapping assignments exactly one succeeds (window row lock)", async () => {
    const h = await makeHall();
    const w = await makeWindow(h.unit, [h.item.code]);
    // Several at once widen the race: without the lock, more than one passes the overlap check.
    const results = await Promise.allSettled(
      [0, 1, 2, 3, 4].map((i) =>
        createAssignment(i % 2 ? h.reviewer2.scope : h.reviewer.scope, { windowId: w.id, aUserId: h.clerkA.user.id, bUserId: h.clerkB.user.id, effectiveFrom: addDays(today(), i) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(FieldError);
    expect(await db.abRoleAssignment.count({ where: { windowId: w.id } })).toBe(1);
  });

  it("a sibling unit can neither assign nor end the window's pairs (NotFound)", async () => {
    const h = await makeHall();
    const siblingReviewer = await makeUser(h.tree.townB, "REVIEWER");
    const current = await db.abRoleAssignment.findFirstOrThrow({ where: { windowId: h.window.id } });
    await expect(createAssignment(siblingReviewer.scope, { windowId: h.window.id, aUserId: h.clerkA.user.id, bUserId: h.clerkB.user.id, effectiveFrom: addDays(today(), 400) }))
      .rejects.toBeInstanceOf(NotFound);
    await expect(endAssignment(siblingReviewer.scope, { id: current.id, version: current.version, effectiveTo: today() })).rejects.toBeInstanceOf(NotFound);
    expect((await db.abRoleAssignment.findUniqueOrThrow({ where: { id: current.id } })).effectiveTo).toBeNull();
  });
});

describe("presence and hand-over (ORG-44, §7.7.4)", () => {
  it("leaving with open cases needs a hand-over; B acknowledges and can then act on the case; A's return ends it", async () => {
    const h = await makeHall();
    const c = await register(h);
    const ctx = await getPresenceContext(h.clerkA.scope);
    expect(ctx).toMatchObject({ handoverRequired: true, presence: null, effectiveStatus: "ON_DUTY" });
    expect(ctx.openCases.map((x) => x.id)).toEqual([c.id]);

    await expect(setMyPresence(h.clerkA.scope, { status: "TEMP_AWAY", version: null })).rejects.toThrow(HANDOVER_REQUIRED);
    await expect(setMyPresence(h.clerkA.scope, { status: "TEMP_AWAY", version: null, handover: { reason: "MEETING", notes: "去开会" } })).rejects.toBeInstanceOf(FieldError);
    expect(await db.staffPresence.findUnique({ where: { userId: h.clerkA.user.id } })).toBeNull();
    expect(await db.abHandover.count({ where: { fromUserId: h.clerkA.user.id } })).toBe(0);

    // While A is still at the window, B may not act on A's case.
    await expect(checkAll(h.clerkB.scope, c.id)).rejects.toBeInstanceOf(Forbidden);

    const r = await setMyPresence(h.clerkA.scope, { status: "TEMP_AWAY", note: "开会", version: null, handover });
    expect(r.handoverIds).toHaveLength(1);
    const ho = await db.abHandover.findUniqueOrThrow({ where: { id: r.handoverIds[0] } });
    expect(ho).toMatchObject({ fromUserId: h.clerkA.user.id, toUserId: h.clerkB.user.id, windowId: h.window.id, pendingCaseIds: [c.id], presenceStatus: "TEMP_AWAY", reason: "MEETING", acknowledgedAt: null, endedAt: null });
    expect(await db.reminder.count({ where: { assigneeUserId: h.clerkB.user.id, ruleId: "ORG-44", entityId: ho.id } })).toBe(1);

    const mine = await listHandoversToMe(h.clerkB.scope);
    expect(mine.map((x) => x.id)).toEqual([ho.id]);
    expect(mine[0].cases.map((x) => x.caseNo)).toEqual([c.caseNo]);
    const desk = await getAbStatus(h.clerkB.scope);
    expect(desk.windows).toEqual([{ windowNo: h.window.windowNo, name: h.window.name, myRole: "B", counterpart: { id: h.clerkA.user.id, name: "测试用户", presence: "TEMP_AWAY" } }]);
    expect(desk.handoversToAcknowledge.map((x) => x.id)).toEqual([ho.id]);

    // Only the receiving counterpart acknowledges.
    await expect(acknowledgeHandover(h.reviewer.scope, { id: ho.id, version: ho.version })).rejects.toBeInstanceOf(Forbidden);
    expect(await acknowledgeHandover(h.clerkB.scope, { id: ho.id, version: ho.version })).toEqual({ changed: true });
    expect(await acknowledgeHandover(h.clerkB.scope, { id: ho.id, version: ho.version })).toEqual({ changed: false });
    expect(await listHandoversToMe(h.clerkB.scope)).toHaveLength(0);

    // B now checks the materials and accepts A's case through the case engine.
    await checkAll(h.clerkB.scope, c.id);
    await transitionCase(h.clerkB.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" });
    expect(await fresh(c.id)).toMatchObject({ status: "ACCEPTED", firstHandlerId: h.clerkA.user.id, primaryResponsibleId: h.clerkB.user.id, handledByCounterpart: true });

    // A is back: the hand-over ends and B no longer acts on A's case.
    const presence = await db.staffPresence.findUniqueOrThrow({ where: { userId: h.clerkA.user.id } });
    await setMyPresence(h.clerkA.scope, { status: "ON_DUTY", version: presence.version });
    expect((await db.abHandover.findUniqueOrThrow({ where: { id: ho.id } })).endedAt).not.toBeNull();
    await expect(transitionCase(h.clerkB.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "start" })).rejects.toBeInstanceOf(InvalidTransition);
    await transitionCase(h.clerkA.scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "start" });
  });

  it("further presence changes while away do not file a second hand-over of the same cases", async () => {
    const h = await makeHall();
    const c = await register(h);
    await setMyPresence(h.clerkA.scope, { status: "BUSINESS_TRIP", version: null, handover: { reason: "FIELD_WORK", notes: "赴街道核查材料，预计两天，期间请B角接续办理" } });
    const ho = await db.abHandover.findFirstOrThrow({ where: { fromUserId: h.clerkA.user.id } });
    expect(ho.pendingCaseIds).toEqual([c.id]);
    // Further changes while away do not ask for a second hand-over of the same cases.
    const p = await db.staffPresence.findUniqueOrThrow({ where: { userId: h.clerkA.user.id } });
    await setMyPresence(h.clerkA.scope, { status: "ON_LEAVE", version: p.version });
    expect(await db.abHandover.count({ where: { fromUserId: h.clerkA.user.id } })).toBe(1);
  });

  it("no hand-over is needed without open cases or without a pair; a double submit changes nothing; a stale version is a conflict", async () => {
    const h = await makeHall();
    expect((await setMyPresence(h.clerkA.scope, { status: "TEMP_AWAY", version: null })).changed).toBe(true);
    const p = await db.staffPresence.findUniqueOrThrow({ where: { userId: h.clerkA.user.id } });
    expect(await setMyPresence(h.clerkA.scope, { status: "TEMP_AWAY", version: null })).toEqual({ changed: false, handoverIds: [] });
    await expect(setMyPresence(h.clerkA.scope, { status: "ON_DUTY", version: p.version + 5 })).rejects.toBeInstanceOf(Conflict);
    // The reviewer is in no pair: may leave with cases open.
    await registerCase(h.reviewer2.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
    await expect(setMyPresence(h.reviewer2.scope, { status: "ON_LEAVE", version: null })).resolves.toMatchObject({ changed: true });
    expect(await db.auditEvent.count({ where: { entityType: "StaffPresence", entityId: h.clerkA.user.id } })).toBe(1);
  });

  it("a sibling unit cannot see or acknowledge the hall's hand-overs (NotFound)", async () => {
    const h = await makeHall();
    await register(h);
    const r = await setMyPresence(h.clerkA.scope, { status: "TEMP_AWAY", version: null, handover });
    const ho = await db.abHandover.findUniqueOrThrow({ where: { id: r.handoverIds[0] } });
    await expect(acknowledgeHandover(h.sibling.scope, { id: ho.id, version: ho.version })).rejects.toBeInstanceOf(NotFound);
    expect(await listHandoversToMe(h.sibling.scope)).toHaveLength(0);
    expect((await db.abHandover.findUniqueOrThrow({ where: { id: ho.id } })).acknowledgedAt).toBeNull();
  });
});
