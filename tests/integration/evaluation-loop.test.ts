import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadOverrides } from "@/lib/core/calendar";
import { addWorkingDays, todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { submitPublicEvaluation } from "@/lib/evaluation/public-evaluation";
import type { PublicEvaluationInput } from "@/lib/evaluation/schemas";
import { recordComplaint } from "@/lib/evaluation/services/record-complaint";
import { openBadReview } from "@/lib/evaluation/services/open-bad-review";
import {
  closeBadReview, confirmBadReviewValid, decideBadReviewInvalid, markBadReviewInvalid, recordBadReviewRevisit, rectifyBadReview, takeBadReview,
} from "@/lib/evaluation/services/advance-bad-review";
import { recordRevisitAttempt } from "@/lib/evaluation/services/record-revisit-attempt";
import { getBadReview, getOpenBadReviews, listBadReviews } from "@/lib/evaluation/bad-review-queries";
import { stepAssignees, type LoopDb } from "@/lib/evaluation/bad-review-assignees";
import type { Scope } from "@/lib/core/scope";
import { makeUser } from "../support/factories";
import { makeHall, type Hall } from "../support/hall-factories";
import { BAD_ANONYMOUS, BAD_WITH_CONTACT, completedCase } from "./evaluation-fixtures";

const loopOf = (id: string) => db.badReviewCase.findUniqueOrThrow({ where: { id } });
const v = async (id: string) => (await loopOf(id)).version;
const dateOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** A bad QR rating of a completed district case: the loop in FOUND. */
async function badReview(h: Hall, rating: Omit<PublicEvaluationInput, "token"> = BAD_WITH_CONTACT) {
  const c = await completedCase(h);
  await submitPublicEvaluation(null, { token: c.token, ...rating });
  return db.badReviewCase.findFirstOrThrow({ where: { caseId: c.caseId } });
}

async function toRectifying(h: Hall, id: string, reviewer: Scope = h.reviewer.scope) {
  await takeBadReview(reviewer, { id, version: await v(id) });
  await confirmBadReviewValid(reviewer, { id, version: await v(id), verification: "调取监控核实，工作人员解释不耐心", issueTags: ["ATTITUDE"] });
}

describe("bad-review loop (§9.2.1; SPEC §3.14.1; errata B6)", () => {
  it("runs found → verifying → rectifying → revisiting → improving → closed with the step deadlines of the table", async () => {
    const h = await makeHall();
    const city = await makeUser(h.tree.city, "REVIEWER");
    const loop = await badReview(h);
    const overrides = await loadOverrides();
    const today = todayInShanghai();
    expect(dateOf(loop.stepDueDate)).toBe(addWorkingDays(today, 1, overrides));

    await takeBadReview(h.reviewer.scope, { id: loop.id, version: loop.version });
    expect(await loopOf(loop.id)).toMatchObject({ status: "VERIFYING" });
    expect(dateOf((await loopOf(loop.id)).stepDueDate)).toBe(addWorkingDays(today, 3, overrides));

    await expect(confirmBadReviewValid(h.reviewer.scope, { id: loop.id, version: await v(loop.id), verification: "属实", issueTags: [] }))
      .rejects.toMatchObject({ field: "issueTags" });
    await confirmBadReviewValid(h.reviewer.scope, { id: loop.id, version: await v(loop.id), verification: "属实", issueTags: ["ATTITUDE", "EFFICIENCY"] });
    const rect = await loopOf(loop.id);
    expect(rect).toMatchObject({ status: "RECTIFYING", valid: true, issueTags: ["ATTITUDE", "EFFICIENCY"], verifiedById: h.reviewer.user.id });
    // E8: the step's fields are in its audit event, not only {from, to, action}.
    const lastAudit = () => db.auditEvent.findFirstOrThrow({ where: { entityType: "BadReviewCase", entityId: loop.id }, orderBy: { id: "desc" } });
    expect((await lastAudit()).diff).toMatchObject({
      from: "VERIFYING", to: "RECTIFYING", action: "confirmValid",
      changes: { valid: true, verification: "属实", issueTags: ["ATTITUDE", "EFFICIENCY"], verifiedById: h.reviewer.user.id },
    });
    expect(dateOf(rect.stepDueDate)).toBe(addWorkingDays(today, 10, overrides));
    // The responsible staff member is reminded to rectify (R-EVA-1).
    expect(await db.reminder.count({ where: { entityId: loop.id, assigneeUserId: h.clerkA.user.id } })).toBe(1);

    await expect(rectifyBadReview(h.clerkA.scope, { id: loop.id, version: rect.version, rectification: "已对窗口人员批评教育" }))
      .rejects.toMatchObject({ field: "feedbackToClient" });
    await rectifyBadReview(h.clerkA.scope, { id: loop.id, version: rect.version, rectification: "已对窗口人员批评教育", feedbackToClient: "已电话致歉并解释政策" });
    expect(await loopOf(loop.id)).toMatchObject({ status: "REVISITING", rectifiedById: h.clerkA.user.id });
    expect((await lastAudit()).diff).toMatchObject({ changes: { rectification: "已对窗口人员批评教育", feedbackToClient: "已电话致歉并解释政策" } });

    await recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: await v(loop.id), revisitSatisfaction: "BASIC" });
    expect(await loopOf(loop.id)).toMatchObject({ status: "IMPROVING", revisitSatisfaction: "BASIC", revisitAttempts: 1 });
    expect((await lastAudit()).diff).toMatchObject({ action: "revisitSatisfied", changes: { revisitSatisfaction: "BASIC", revisitAttempts: 1 } });

    // A district case is closed by the city (errata B6), with an improvement and ≥ 1 artefact.
    const close = { id: loop.id, improvement: "修订办事指南，开展服务礼仪培训", improvementLinks: [{ type: "SERVICE_ITEM" as const, ref: h.item.code }] };
    await expect(closeBadReview(h.reviewer.scope, { ...close, version: await v(loop.id) })).rejects.toBeInstanceOf(InvalidTransition);
    await expect(closeBadReview(city.scope, { ...close, improvementLinks: [], version: await v(loop.id) })).rejects.toMatchObject({ field: "improvementLinks" });
    await expect(closeBadReview(city.scope, { ...close, improvementLinks: [{ type: "SERVICE_ITEM", ref: "NO-SUCH-ITEM" }], version: await v(loop.id) }))
      .rejects.toMatchObject({ field: "improvementLinks" });
    await closeBadReview(city.scope, { ...close, version: await v(loop.id) });
    const closed = await loopOf(loop.id);
    expect(closed).toMatchObject({ status: "CLOSED", stepDueDate: null, improvement: close.improvement });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.improvementLinks).toEqual([{ type: "SERVICE_ITEM", ref: h.item.code, note: null }]);
    expect((await lastAudit()).diff).toMatchObject({ changes: { improvement: close.improvement, improvementLinks: [{ type: "SERVICE_ITEM", ref: h.item.code }] } });
    const history = await db.statusHistory.findMany({ where: { entityType: "BadReviewCase", entityId: loop.id }, orderBy: { id: "asc" } });
    expect(history.map((x) => x.toStatus)).toEqual(["VERIFYING", "RECTIFYING", "REVISITING", "IMPROVING", "CLOSED"]);
    expect(await db.auditEvent.count({ where: { entityType: "BadReviewCase", entityId: loop.id } })).toBe(6);
  });

  it("the evaluated staff member never verifies; a unit without a reviewer is verified by its ancestor; a stale version is a Conflict", async () => {
    const h = await makeHall();
    // A complaint about a reviewer of the district: that reviewer may not take it, the other may.
    const { id } = await recordComplaint(h.clerkB.scope, { staffUserId: h.reviewer.user.id, description: "审核人员推诿扯皮" });
    expect(await loopOf(id)).toMatchObject({ source: "COMPLAINT", anonymous: true, staffUserId: h.reviewer.user.id, orgUnitId: h.unit.id });
    await expect(takeBadReview(h.reviewer.scope, { id, version: 0 })).rejects.toThrow("被评价人员本人");
    await expect(takeBadReview(h.clerkB.scope, { id, version: 0 })).rejects.toBeInstanceOf(Forbidden);
    await takeBadReview(h.reviewer2.scope, { id, version: 0 });
    await expect(takeBadReview(h.reviewer2.scope, { id, version: 0 })).rejects.toBeInstanceOf(Conflict);

    // A street station with no reviewer: the district reviewer verifies (errata B6).
    const street = await recordComplaint(h.townClerk.scope, { description: "服务站未按时开门", contactPhone: "0532-88886666" });
    const s = await loopOf(street.id);
    expect(s).toMatchObject({ orgUnitId: h.tree.townA.id, unitLevel: "TOWN", anonymous: false, contactPhone: "0532-88886666" });
    // E13: only the NEAREST ancestor with a reviewer verifies — the district here, not the city.
    const city = await makeUser(h.tree.city, "REVIEWER");
    await expect(takeBadReview(city.scope, { id: s.id, version: s.version })).rejects.toThrow("须由被评价单位的审核人员办理");
    expect((await getBadReview(city.scope, s.id)).steps).toEqual([]);
    await takeBadReview(h.reviewer.scope, { id: s.id, version: s.version });
    expect((await loopOf(s.id)).status).toBe("VERIFYING");
    // Once the street has its own reviewer, the district no longer verifies its cases.
    const streetReviewer = await makeUser(h.tree.townA, "REVIEWER");
    const street2 = await recordComplaint(h.townClerk.scope, { description: "材料要求前后不一" });
    await expect(takeBadReview(h.reviewer.scope, { id: street2.id, version: 0 })).rejects.toThrow("须由被评价单位的审核人员办理");
    await takeBadReview(streetReviewer.scope, { id: street2.id, version: 0 });
  });

  it("an unfounded finding needs evidence and the parent level's confirmation; the parent may send it back", async () => {
    const h = await makeHall();
    const streetReviewer = await makeUser(h.tree.townA, "REVIEWER");
    const { id } = await recordComplaint(h.townClerk.scope, { description: "工作人员迟到" });
    await takeBadReview(streetReviewer.scope, { id, version: 0 });
    await expect(markBadReviewInvalid(streetReviewer.scope, { id, version: await v(id), verification: "考勤正常", evidence: "" }))
      .rejects.toMatchObject({ field: "evidence" });
    await markBadReviewInvalid(streetReviewer.scope, { id, version: await v(id), verification: "考勤记录显示按时到岗", evidence: "考勤系统截图、监控录像" });
    expect(await loopOf(id)).toMatchObject({ status: "INVALID_PENDING", valid: false });
    // The street's own reviewer cannot confirm; the district sends it back with a reason, then confirms the second finding.
    await expect(decideBadReviewInvalid(streetReviewer.scope, { id, version: await v(id), confirm: true })).rejects.toBeInstanceOf(Forbidden);
    await expect(decideBadReviewInvalid(h.reviewer.scope, { id, version: await v(id), confirm: false })).rejects.toMatchObject({ field: "reason" });
    await decideBadReviewInvalid(h.reviewer.scope, { id, version: await v(id), confirm: false, reason: "请补充当日值班记录" });
    expect(await loopOf(id)).toMatchObject({ status: "VERIFYING", valid: null });
    await markBadReviewInvalid(streetReviewer.scope, { id, version: await v(id), verification: "补充值班记录，确认按时到岗", evidence: "值班记录" });
    await decideBadReviewInvalid(h.reviewer.scope, { id, version: await v(id), confirm: true });
    const done = await loopOf(id);
    expect(done).toMatchObject({ status: "INVALID", stepDueDate: null });
    expect(done.closedAt).not.toBeNull();
  });

  it("refuses a rectifier approving their own revisit, and needs 3 recorded attempts when the client cannot be reached", async () => {
    const h = await makeHall();
    const loop = await badReview(h);
    await toRectifying(h, loop.id);
    // The reviewer rectifies this time (a reviewer of the unit may), so that reviewer may not confirm the revisit.
    await rectifyBadReview(h.reviewer.scope, { id: loop.id, version: await v(loop.id), rectification: "调整窗口排班", feedbackToClient: "已告知改进措施" });
    await expect(recordBadReviewRevisit(h.reviewer.scope, { id: loop.id, version: await v(loop.id), revisitSatisfaction: "SATISFIED" }))
      .rejects.toBeInstanceOf(InvalidTransition);
    // A clerk does not record the revisit.
    await expect(recordBadReviewRevisit(h.clerkB.scope, { id: loop.id, version: await v(loop.id), revisitSatisfaction: "SATISFIED" }))
      .rejects.toBeInstanceOf(Forbidden);
    // E6: the count is the server's. Without a satisfaction the revisit needs 3 STORED attempts.
    await expect(recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: await v(loop.id) }))
      .rejects.toMatchObject({ field: "revisitSatisfaction", message: expect.stringContaining("已记录0次") });
    // Old clients cannot type the number in any more: an extra field is dropped, nothing changes.
    await expect(recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: await v(loop.id), revisitAttempts: 3 } as never))
      .rejects.toMatchObject({ field: "revisitSatisfaction" });
    const revisiting = await loopOf(loop.id);
    // The rectifier and clerks record no attempt either; the note is required.
    await expect(recordRevisitAttempt(h.reviewer.scope, { id: loop.id, version: revisiting.version, note: "电话无人接听" })).rejects.toBeInstanceOf(InvalidTransition);
    await expect(recordRevisitAttempt(h.clerkB.scope, { id: loop.id, version: revisiting.version, note: "电话无人接听" })).rejects.toBeInstanceOf(Forbidden);
    await expect(recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: revisiting.version, note: "" })).rejects.toMatchObject({ field: "note" });
    const first = await recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: revisiting.version, note: "12月1日电话无人接听" }, new Date("2026-12-01T01:30:00Z"));
    expect(first).toEqual({ revisitAttempts: 1, version: revisiting.version + 1 });
    // A double submit (the same version again) counts once.
    await expect(recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: revisiting.version, note: "12月1日电话无人接听" })).rejects.toBeInstanceOf(Conflict);
    const twice = await Promise.allSettled([
      recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: first.version, note: "12月2日电话关机" }, new Date("2026-12-02T02:00:00Z")),
      recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: first.version, note: "12月2日电话关机" }, new Date("2026-12-02T02:00:00Z")),
    ]);
    expect(twice.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    let row = await loopOf(loop.id);
    expect(row).toMatchObject({ status: "REVISITING", revisitAttempts: 2, stepDueDate: revisiting.stepDueDate });
    expect(row.revisitNote).toBe("2026-12-01 09:30 第1次回访未联系上：12月1日电话无人接听\n2026-12-02 10:00 第2次回访未联系上：12月2日电话关机");
    // No state change: no history row; an UPDATE audit event with the count.
    expect(await db.statusHistory.count({ where: { entityId: loop.id, fromStatus: "REVISITING" } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "BadReviewCase", entityId: loop.id, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: h.reviewer2.user.id, diff: { revisitAttempts: { from: 1, to: 2 } } });
    await expect(recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: row.version }))
      .rejects.toMatchObject({ field: "revisitSatisfaction", message: expect.stringContaining("已记录2次") });
    await recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: row.version, note: "12月3日上门未遇" });
    row = await loopOf(loop.id);
    await recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: row.version });
    expect(await loopOf(loop.id)).toMatchObject({ status: "IMPROVING", revisitSatisfaction: null, revisitAttempts: 3 });
    // Out of REVISITING no attempt is recorded.
    await expect(recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: await v(loop.id), note: "补记" })).rejects.toBeInstanceOf(InvalidTransition);
  });

  it("a new rectification starts a new revisit round: attempts of the earlier round do not count (E6)", async () => {
    const h = await makeHall();
    const loop = await badReview(h);
    await toRectifying(h, loop.id);
    await rectifyBadReview(h.clerkA.scope, { id: loop.id, version: await v(loop.id), rectification: "第1次整改", feedbackToClient: "已反馈" });
    for (const n of [1, 2]) await recordRevisitAttempt(h.reviewer2.scope, { id: loop.id, version: await v(loop.id), note: `第${n}次电话未接` });
    await recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: await v(loop.id), revisitSatisfaction: "DISSATISFIED", revisitNote: "接通，仍不满意" });
    expect(await loopOf(loop.id)).toMatchObject({ status: "RECTIFYING", revisitAttempts: 3 });
    await rectifyBadReview(h.clerkA.scope, { id: loop.id, version: await v(loop.id), rectification: "第2次整改", feedbackToClient: "已再次反馈" });
    expect(await loopOf(loop.id)).toMatchObject({ status: "REVISITING", revisitAttempts: 0 });
    await expect(recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: await v(loop.id) })).rejects.toMatchObject({ field: "revisitSatisfaction" });
    expect((await loopOf(loop.id)).revisitNote).toContain("回访：接通，仍不满意");
  });

  it("loops back on a dissatisfied revisit and escalates to the parent unit after the second loop", async () => {
    const h = await makeHall();
    const city = await makeUser(h.tree.city, "REVIEWER");
    const loop = await badReview(h);
    await toRectifying(h, loop.id);
    for (const round of [1, 2]) {
      await rectifyBadReview(h.clerkA.scope, { id: loop.id, version: await v(loop.id), rectification: `第${round}次整改`, feedbackToClient: "已反馈" });
      await recordBadReviewRevisit(h.reviewer2.scope, { id: loop.id, version: await v(loop.id), revisitSatisfaction: "DISSATISFIED" });
      const after = await loopOf(loop.id);
      expect(after).toMatchObject({ status: "RECTIFYING", loopCount: round, revisitSatisfaction: "DISSATISFIED" });
      expect(after.escalatedAt === null).toBe(round === 1);
    }
    const escalations = await db.reminder.findMany({ where: { entityId: loop.id, escalation: 2 } });
    expect(escalations.map((r) => r.assigneeUserId)).toContain(city.user.id);
    expect(escalations.every((r) => r.fireKey.includes("ESCALATED"))).toBe(true);
    // After escalation the parent unit's reviewer may act on the loop too.
    await rectifyBadReview(h.clerkA.scope, { id: loop.id, version: await v(loop.id), rectification: "第3次整改，城市督办", feedbackToClient: "已反馈" });
    await recordBadReviewRevisit(city.scope, { id: loop.id, version: await v(loop.id), revisitSatisfaction: "SATISFIED" });
    expect(await loopOf(loop.id)).toMatchObject({ status: "IMPROVING", loopCount: 2 });
  });

  it("an anonymous bad review skips the revisit, recorded as 匿名无法回访 (AMB-51)", async () => {
    const h = await makeHall();
    const loop = await badReview(h, BAD_ANONYMOUS);
    expect(loop.anonymous).toBe(true);
    await toRectifying(h, loop.id);
    const view = await getBadReview(h.clerkA.scope, loop.id);
    expect(view.steps.map((s) => s.action)).toEqual(["rectifyAnonymous"]);
    await rectifyBadReview(h.clerkA.scope, { id: loop.id, version: await v(loop.id), rectification: "优化叫号流程" });
    expect(await loopOf(loop.id)).toMatchObject({ status: "IMPROVING", revisitNote: "匿名无法回访", feedbackToClient: null });
  });

  it("the closer is one level up: a DISTRICT reviewer closes a street's case, a CITY reviewer cannot", async () => {
    const h = await makeHall();
    const city = await makeUser(h.tree.city, "REVIEWER");
    const streetReviewer = await makeUser(h.tree.townA, "REVIEWER");
    const colleague = await makeUser(h.tree.townA, "CLERK");
    const { id } = await recordComplaint(colleague.scope, { staffUserId: h.townClerk.user.id, description: "服务站窗口无人", contactPhone: "13800001111" });
    await takeBadReview(streetReviewer.scope, { id, version: 0 });
    await confirmBadReviewValid(streetReviewer.scope, { id, version: await v(id), verification: "属实", issueTags: ["DISCIPLINE"] });
    await rectifyBadReview(h.townClerk.scope, { id, version: await v(id), rectification: "明确午间值班", feedbackToClient: "已致歉" });
    await recordBadReviewRevisit(streetReviewer.scope, { id, version: await v(id), revisitSatisfaction: "SATISFIED" });
    const close = { id, improvement: "完善午间值班制度", noSystemicReason: undefined, improvementLinks: [{ type: "PROCESS" as const, ref: "午间值班表每日公示" }] };
    await expect(closeBadReview(city.scope, { ...close, version: await v(id) })).rejects.toThrow("须由上级审核人员办理");
    await expect(closeBadReview(streetReviewer.scope, { ...close, version: await v(id) })).rejects.toBeInstanceOf(Forbidden);
    await closeBadReview(h.reviewer.scope, { ...close, version: await v(id) });
    expect((await loopOf(id)).status).toBe("CLOSED");
  });

  it("a closing without artefact takes a reason for 无需系统性改进", async () => {
    const h = await makeHall();
    const city = await makeUser(h.tree.city, "REVIEWER");
    const loop = await badReview(h, BAD_ANONYMOUS);
    await toRectifying(h, loop.id);
    await rectifyBadReview(h.clerkA.scope, { id: loop.id, version: await v(loop.id), rectification: "个别情况，已提醒" });
    await closeBadReview(city.scope, { id: loop.id, version: await v(loop.id), improvement: "个案问题", noSystemicReason: "属个人偶发失误，已单独纠正" });
    expect(await loopOf(loop.id)).toMatchObject({ status: "CLOSED", noSystemicReason: "属个人偶发失误，已单独纠正" });
  });

  it("the follow-up module opens a loop from an unsatisfied return visit; lists filter by status, overdue step and unit", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    const opened = await db.$transaction((tx) => openBadReview(tx, {
      source: "RETURN_VISIT", orgUnitId: h.unit.id, caseId: c.caseId, staffUserId: h.clerkA.user.id, description: "回访不满意：补贴未到账",
      contactName: "王建国", contactPhone: "13800138000", actor: { userId: h.clerkB.user.id }, createdById: h.clerkB.user.id,
    }));
    expect(opened).toMatchObject({ source: "RETURN_VISIT", status: "FOUND", anonymous: false });
    const overdue = await badReview(h, BAD_ANONYMOUS);
    await db.badReviewCase.update({ where: { id: overdue.id }, data: { stepDueDate: new Date("2020-01-02T00:00:00Z") } });
    const listed = await listBadReviews(h.reviewer.scope, { unitId: h.unit.id });
    expect(listed.rows.map((r) => r.id).sort()).toEqual([opened.id, overdue.id].sort());
    expect(listed.rows[0]).toMatchObject({ id: overdue.id, overdue: true });
    expect((await listBadReviews(h.reviewer.scope, { unitId: h.unit.id, overdue: "1" })).rows.map((r) => r.id)).toEqual([overdue.id]);
    expect((await listBadReviews(h.reviewer.scope, { unitId: h.unit.id, status: "VERIFYING" })).rows).toHaveLength(0);
    const open = await getOpenBadReviews(h.reviewer.scope, 50);
    expect(open.find((r) => r.id === overdue.id)).toMatchObject({ overdue: true, href: `/evaluation/bad-reviews/${overdue.id}`, statusLabel: "差评发现" });
  });

  it("a double submit of a complaint opens one loop (E7: the form's submissionKey)", async () => {
    const h = await makeHall();
    const complaint = { description: `重复点击的投诉-${Date.now()}`, contactPhone: "13800001111", submissionKey: randomUUID() };
    const [a, b] = await Promise.all([recordComplaint(h.clerkB.scope, complaint), recordComplaint(h.clerkB.scope, complaint)]);
    expect(b).toEqual(a);
    expect(await recordComplaint(h.clerkB.scope, complaint)).toEqual(a);
    expect(await db.badReviewCase.count({ where: { description: complaint.description } })).toBe(1);
    await expect(recordComplaint(h.reviewer.scope, complaint)).rejects.toBeInstanceOf(Conflict);
    await recordComplaint(h.clerkB.scope, { ...complaint, submissionKey: randomUUID() });
    expect(await db.badReviewCase.count({ where: { description: complaint.description } })).toBe(2);
  });

  it("stepAssignees: who acts on each open loop's step, for many loops in two queries (R-EVA-1)", async () => {
    const h = await makeHall();
    await makeUser(h.tree.city, "REVIEWER"); // the city closes the district's loops
    const aboutReviewer = await recordComplaint(h.clerkB.scope, { staffUserId: h.reviewer.user.id, description: "审核人员推诿" });
    const street = await recordComplaint(h.townClerk.scope, { staffUserId: h.townClerk.user.id, description: "服务站无人" });
    const rectifying = await recordComplaint(h.clerkB.scope, { staffUserId: h.clerkA.user.id, description: "态度差" });
    const revisiting = await recordComplaint(h.clerkB.scope, { description: "流程繁琐", contactPhone: "13800001112" });
    const improving = await recordComplaint(h.clerkB.scope, { staffUserId: h.clerkA.user.id, description: "等候久" });
    const closed = await recordComplaint(h.clerkB.scope, { description: "已闭环" });
    const set = (id: string, data: object) => db.badReviewCase.update({ where: { id }, data });
    await set(rectifying.id, { status: "RECTIFYING" });
    await set(revisiting.id, { status: "REVISITING", rectifiedById: h.reviewer.user.id });
    await set(improving.id, { status: "IMPROVING" });
    await set(closed.id, { status: "CLOSED" });
    const ids = [aboutReviewer, street, rectifying, revisiting, improving, closed].map((x) => x.id);
    const cases = await db.badReviewCase.findMany({ where: { id: { in: ids } } });
    let queries = 0;
    const counted = <T extends object>(delegate: T) => new Proxy(delegate, {
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver);
        return typeof value === "function" ? (...args: unknown[]) => { queries++; return value.apply(target, args); } : value;
      },
    });
    const map = await stepAssignees({ orgUnit: counted(db.orgUnit), user: counted(db.user) } as LoopDb, cases);
    expect(queries).toBe(2);
    const sorted = (id: string) => [...(map.get(id) ?? [])].sort();
    // The evaluated reviewer is left out; a street without a reviewer goes to the district (the nearest with one).
    expect(sorted(aboutReviewer.id)).toEqual([h.reviewer2.user.id]);
    expect(sorted(street.id)).toEqual([h.reviewer.user.id, h.reviewer2.user.id].sort());
    expect(sorted(rectifying.id)).toEqual([h.clerkA.user.id]);
    expect(sorted(revisiting.id)).toEqual([h.reviewer2.user.id]);
    // A district case is closed by the city (errata B6): the city's reviewers, not the district's.
    const cityReviewers = await db.user.findMany({ where: { orgUnitId: h.tree.city.id, role: "REVIEWER", active: true }, orderBy: { id: "asc" }, take: 20, select: { id: true } });
    expect(map.get(improving.id)).toEqual(cityReviewers.map((u) => u.id));
    expect(sorted(closed.id)).toEqual([]);
    expect(await stepAssignees(db, [])).toEqual(new Map());
  });

  it("a user of a sibling unit can neither read nor advance the unit's loops (NotFound)", async () => {
    const h = await makeHall();
    const loop = await badReview(h);
    const siblingReviewer = await makeUser(h.tree.townB, "REVIEWER");
    await expect(takeBadReview(siblingReviewer.scope, { id: loop.id, version: loop.version })).rejects.toBeInstanceOf(NotFound);
    await expect(getBadReview(h.sibling.scope, loop.id)).rejects.toBeInstanceOf(NotFound);
    expect((await listBadReviews(siblingReviewer.scope, {})).rows.some((r) => r.id === loop.id)).toBe(false);
    expect((await getOpenBadReviews(siblingReviewer.scope, 100)).some((r) => r.id === loop.id)).toBe(false);
    await expect(recordComplaint(h.sibling.scope, { orgUnitId: h.unit.id, description: "越权投诉" })).rejects.toBeInstanceOf(NotFound);
    expect((await loopOf(loop.id)).status).toBe("FOUND");
  });
});
