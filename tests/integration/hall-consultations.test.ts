import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { invalidateCalendarCache } from "@/lib/core/calendar";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { findClientByIdNumber } from "@/lib/hall/consultations/client-lookup";
import { onTheSpotAnswerRate, consultationFigures } from "@/lib/hall/consultations/kpi";
import { getConsultation, listConsultations } from "@/lib/hall/consultations/queries";
import { answerFollowUp, recordConsultation } from "@/lib/hall/consultations/services";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { makeUser } from "../support/factories";
import { makeHall } from "../support/hall-factories";

// Mon 2033-03-07 10:00 Shanghai: a year no other test file loads calendar rows for.
const MONDAY = new Date("2033-03-07T02:00:00Z");
const base = { channel: "WINDOW" as const, topic: "PREFERENTIAL_PENSION" as const, question: "伤残抚恤金如何申请调整等级？" };

describe("consultations (§7.9.3, HALL-34)", () => {
  it("answered on the spot needs the answer; nothing is saved without it", async () => {
    const h = await makeHall();
    await expect(recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: true }, MONDAY)).rejects.toMatchObject({ field: "answer" });
    expect(await db.consultation.count({ where: { answeredById: h.clerkA.user.id } })).toBe(0);
    const c = await recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: true, answer: "持相关材料到窗口申请评定" }, MONDAY);
    expect(c).toMatchObject({ answeredOnSpot: true, answer: "持相关材料到窗口申请评定", followUpDueDate: null, orgPath: h.unit.path, answeredById: h.clerkA.user.id });
    expect(await db.auditEvent.count({ where: { entityType: "Consultation", entityId: c.id, action: "CREATE" } })).toBe(1);
  });

  it("not answered on the spot: a reason told to the client and a reply date, 3 working days by default, a future working day when given", async () => {
    const h = await makeHall();
    invalidateCalendarCache();
    await expect(recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: false }, MONDAY)).rejects.toMatchObject({ field: "notAnsweredReason" });
    const c = await recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: false, notAnsweredReason: "需向区人社局核实政策口径" }, MONDAY);
    expect(c.followUpDueDate?.toISOString().slice(0, 10)).toBe("2033-03-10");
    expect(c.answer).toBeNull();
    // Saturday, today and the past are refused next to the field.
    for (const followUpDueDate of ["2033-03-12", "2033-03-07", "2033-03-01"]) {
      await expect(recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: false, notAnsweredReason: "待核实", followUpDueDate }, MONDAY))
        .rejects.toMatchObject({ field: "followUpDueDate" });
    }
    const given = await recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: false, notAnsweredReason: "待核实", followUpDueDate: "2033-03-14" }, MONDAY);
    expect(given.followUpDueDate?.toISOString().slice(0, 10)).toBe("2033-03-14");
  });

  it("an anonymous client may consult; one not answered on the spot must leave a phone number (V-PHONE)", async () => {
    const h = await makeHall();
    const anon = await recordConsultation(h.clerkA.scope, { ...base, channel: "PHONE", answeredOnSpot: true, answer: "可以" }, MONDAY);
    expect(anon.personId).toBeNull();
    await expect(recordConsultation(h.clerkA.scope, { ...base, answeredOnSpot: false, notAnsweredReason: "待核实" }, MONDAY)).rejects.toMatchObject({ field: "contactPhone" });
    await expect(recordConsultation(h.clerkA.scope, { ...base, answeredOnSpot: false, notAnsweredReason: "待核实", contactPhone: "12345" }, MONDAY)).rejects.toBeInstanceOf(FieldError);
    const ok = await recordConsultation(h.clerkA.scope, { ...base, contactName: "李四", contactPhone: "139 0532 1234", answeredOnSpot: false, notAnsweredReason: "待核实" }, MONDAY);
    expect(ok.contactPhone).toBe("13905321234");
    // Lists mask the phone.
    const list = await listConsultations(h.clerkA.scope, { onSpot: "no" }, MONDAY);
    expect(list.rows.find((r) => r.id === ok.id)?.contactPhone).toBe("139****1234");
    expect(list.rows.every((r) => !r.answeredOnSpot)).toBe(true);
    expect((await getConsultation(h.clerkA.scope, ok.id)).contactPhone).toBe("139****1234");
  });

  it("the follow-up answer is recorded once, by the answering staff member or a reviewer; stale versions conflict", async () => {
    const h = await makeHall();
    const c = await recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: false, notAnsweredReason: "需请示" }, MONDAY);
    await expect(answerFollowUp(h.clerkB.scope, { id: c.id, version: c.version, followUpAnswer: "答复" })).rejects.toBeInstanceOf(Forbidden);
    await expect(answerFollowUp(h.clerkA.scope, { id: c.id, version: c.version + 5, followUpAnswer: "答复" })).rejects.toBeInstanceOf(Conflict);
    await answerFollowUp(h.clerkA.scope, { id: c.id, version: c.version, followUpAnswer: "经核实，可按规定申请" });
    const after = await db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.followUpAnswer).toBe("经核实，可按规定申请");
    expect(after.followUpAnsweredAt).not.toBeNull();
    await expect(answerFollowUp(h.reviewer.scope, { id: c.id, version: after.version, followUpAnswer: "再答" })).rejects.toBeInstanceOf(InvalidTransition);
    const onSpot = await recordConsultation(h.clerkA.scope, { ...base, answeredOnSpot: true, answer: "已答" }, MONDAY);
    await expect(answerFollowUp(h.clerkA.scope, { id: onSpot.id, version: 0, followUpAnswer: "x" })).rejects.toBeInstanceOf(InvalidTransition);
    // A reviewer may answer for a colleague who cannot.
    const other = await recordConsultation(h.clerkB.scope, { ...base, personId: h.client.id, answeredOnSpot: false, notAnsweredReason: "需请示" }, MONDAY);
    await answerFollowUp(h.reviewer.scope, { id: other.id, version: other.version, followUpAnswer: "审核人员代为答复" });
    // "pending" / "due" filters.
    const pending = await listConsultations(h.clerkA.scope, { followUp: "pending" }, MONDAY);
    expect(pending.rows.some((r) => r.id === c.id)).toBe(false);
  });

  it("the page's flags come from the module: who may answer follows answerFollowUp's rule; 发起办件 only until a case exists (F18)", async () => {
    const h = await makeHall();
    const c = await recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: false, notAnsweredReason: "需请示" }, MONDAY);
    expect((await getConsultation(h.clerkA.scope, c.id)).can).toEqual({ answer: true, startCase: true });
    expect((await getConsultation(h.clerkB.scope, c.id)).can).toEqual({ answer: false, startCase: true });
    expect((await getConsultation(h.reviewer.scope, c.id)).can.answer).toBe(true);
    const admin = await makeUser(h.unit, "ADMIN");
    expect((await getConsultation(admin.scope, c.id)).can).toEqual({ answer: false, startCase: false });
    const anon = await recordConsultation(h.clerkA.scope, { ...base, channel: "PHONE", answeredOnSpot: true, answer: "可以" }, MONDAY);
    expect((await getConsultation(h.clerkA.scope, anon.id)).can).toEqual({ answer: false, startCase: false });
    // Once the consultation led to a case, it offers neither a second case nor (after the reply) an answer.
    await registerCase(h.clerkA.scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id, consultationId: c.id });
    await answerFollowUp(h.clerkA.scope, { id: c.id, version: (await db.consultation.findUniqueOrThrow({ where: { id: c.id } })).version, followUpAnswer: "已受理办件" });
    expect((await getConsultation(h.clerkA.scope, c.id)).can).toEqual({ answer: false, startCase: false });
  });

  it("on-the-spot answer rate per staff member and per unit (HALL-34), for reviewers", async () => {
    const h = await makeHall();
    const at = new Date("2033-04-05T02:00:00Z");
    for (const [scope, onSpot] of [[h.clerkA.scope, true], [h.clerkA.scope, true], [h.clerkA.scope, false], [h.clerkB.scope, true]] as const) {
      await recordConsultation(scope, onSpot ? { ...base, answeredOnSpot: true, answer: "已答" } : { ...base, answeredOnSpot: false, notAnsweredReason: "待核实", contactPhone: "13800138000" }, at);
    }
    await expect(onTheSpotAnswerRate(h.clerkA.scope, { from: "2033-04-01", to: "2033-04-30", groupBy: "staff" })).rejects.toBeInstanceOf(Forbidden);
    const byStaff = await onTheSpotAnswerRate(h.reviewer.scope, { from: "2033-04-01", to: "2033-04-30", groupBy: "staff" });
    expect(byStaff.rows.find((r) => r.key === h.clerkA.user.id)).toMatchObject({ total: 3, onSpot: 2, rate: 66.7 });
    expect(byStaff.rows.find((r) => r.key === h.clerkB.user.id)).toMatchObject({ total: 1, onSpot: 1, rate: 100 });
    const byUnit = await onTheSpotAnswerRate(h.reviewer.scope, { from: "2033-04-01", to: "2033-04-30", groupBy: "unit" });
    expect(byUnit.rows.find((r) => r.key === h.unit.id)).toMatchObject({ total: 4, onSpot: 3, rate: 75, label: h.unit.name });
    const outside = await onTheSpotAnswerRate(h.reviewer.scope, { from: "2033-05-01", to: "2033-05-31", groupBy: "unit" });
    expect(outside.rows.find((r) => r.key === h.unit.id)).toBeUndefined();
    const figures = await consultationFigures(h.reviewer.scope, { from: "2033-04-01", to: "2033-04-30" });
    expect(figures.byTopic.find((t) => t.topic === "PREFERENTIAL_PENSION")?.count).toBeGreaterThanOrEqual(4);
    expect(figures.pendingFollowUps).toBeGreaterThanOrEqual(1);
  });

  it("the client picker finds a person by ID number within scope only", async () => {
    const h = await makeHall();
    const person = await db.person.findUniqueOrThrow({ where: { id: h.client.id } });
    const { decryptField } = await import("@/lib/core/crypto");
    const idNumber = decryptField(person.idNumberCipher);
    await expect(findClientByIdNumber(h.clerkA.scope, idNumber)).resolves.toMatchObject({ client: { id: h.client.id, idMasked: person.idMasked } });
    await expect(findClientByIdNumber(h.sibling.scope, idNumber)).resolves.toHaveProperty("message");
    await expect(findClientByIdNumber(h.clerkA.scope, "110105194912310021")).resolves.toHaveProperty("message", "身份证号格式或校验位错误");
  });

  it("a user of a sibling unit can neither read nor answer the hall's consultations, nor record one for its client", async () => {
    const h = await makeHall();
    const c = await recordConsultation(h.clerkA.scope, { ...base, personId: h.client.id, answeredOnSpot: false, notAnsweredReason: "需请示" }, MONDAY);
    await expect(getConsultation(h.sibling.scope, c.id)).rejects.toBeInstanceOf(NotFound);
    await expect(answerFollowUp(h.sibling.scope, { id: c.id, version: c.version, followUpAnswer: "越权答复" })).rejects.toBeInstanceOf(NotFound);
    expect((await listConsultations(h.sibling.scope, {}, MONDAY)).rows.some((r) => r.id === c.id)).toBe(false);
    await expect(recordConsultation(h.sibling.scope, { ...base, personId: h.client.id, answeredOnSpot: true, answer: "x" }, MONDAY)).rejects.toMatchObject({ field: "personId" });
    // An admin reads but does not record (ORG-31).
    const admin = await makeUser(h.unit, "ADMIN");
    await expect(recordConsultation(admin.scope, { ...base, answeredOnSpot: true, answer: "x" }, MONDAY)).rejects.toBeInstanceOf(Forbidden);
    await expect(getConsultation(admin.scope, c.id)).resolves.toMatchObject({ id: c.id });
  });
});
