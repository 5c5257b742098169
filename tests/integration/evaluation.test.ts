import os from "node:os";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, DomainError, NotFound } from "@/lib/core/errors";
import { tokenHashOf } from "@/lib/evaluation/invitations";
import { ALREADY_EVALUATED, submitPublicEvaluation, unsafeGetInvitationView } from "@/lib/evaluation/public-evaluation";
import { enterEvaluation } from "@/lib/evaluation/services/enter-evaluation";
import { uploadPaperScan } from "@/lib/evaluation/services/upload-paper-scan";
import { listEvaluations } from "@/lib/evaluation/queries";
import { getBadReview } from "@/lib/evaluation/bad-review-queries";
import { revealBadReviewContact } from "@/lib/evaluation/services/reveal-contact";
import { getInvitationForCase } from "@/lib/evaluation/invitation-queries";
import { printCompletionReceipt } from "@/lib/evaluation/receipt-pdf";
import { seedEvaluationIndicators } from "@/prisma/seed/evaluation";
import { submitPublicEvaluationAction } from "@/lib/evaluation/public-actions";
import { makeHall } from "../support/hall-factories";
import { pngBytes } from "../support/png";
import { BAD_ANONYMOUS, BAD_WITH_CONTACT, GOOD, completedCase } from "./evaluation-fixtures";

// The public action reads the request's session (E1); outside a request there is none.
vi.mock("@/lib/core/scope", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/core/scope")>()), getOptionalScope: async () => null }));

process.env.BLOB_DIR ||= mkdtempSync(path.join(os.tmpdir(), "eval-scans-"));

const evaluationsOf = (caseId: string) => db.evaluation.findMany({ where: { caseId } });

describe("public QR evaluation (EVA-01, EVA-02; §9.1.3)", () => {
  it("rates the case's hall, window and first handler once; a reused token is refused and changes nothing", async () => {
    await seedEvaluationIndicators(db);
    const set = await seedEvaluationIndicators(db);
    expect(await db.evaluationIndicatorSet.count({ where: { name: set.name } })).toBe(1);
    expect(set).toMatchObject({ purpose: "ROUTINE", setVersion: 1, active: true });
    expect((set.indicators as { code: string }[]).map((i) => i.code)).toHaveLength(10);
    const h = await makeHall();
    const c = await completedCase(h);
    const view = await unsafeGetInvitationView(c.token);
    expect(view.state).toBe("OPEN");
    await submitPublicEvaluation(null, { token: c.token, ...GOOD, indicatorScores: { STAFF_ATTITUDE: "5", EFFICIENCY: 4, PROCESS: "" } });
    const [e] = await evaluationsOf(c.caseId);
    expect(e).toMatchObject({
      channel: "QR_CODE", evaluatorType: "CLIENT", orgUnitId: h.unit.id, orgPath: h.unit.path, windowId: h.window.id,
      staffUserId: h.clerkA.user.id, serviceItemCode: h.item.code, overall: "SATISFIED", realName: false, enteredById: null,
    });
    expect(e.indicatorScores).toEqual({ STAFF_ATTITUDE: 5, EFFICIENCY: 4 });
    expect(e.indicatorSetId).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Evaluation", entityId: e.id, action: "CREATE" } });
    expect(audit.userId).toBeNull();
    const usedAt = (await db.evaluationInvitation.findUniqueOrThrow({ where: { id: c.invitationId } })).usedAt;
    expect(usedAt).not.toBeNull();

    await expect(submitPublicEvaluation(null, { token: c.token, overall: "VERY_DISSATISFIED" })).rejects.toThrow(ALREADY_EVALUATED);
    expect(await evaluationsOf(c.caseId)).toHaveLength(1);
    expect(await db.badReviewCase.count({ where: { caseId: c.caseId } })).toBe(0);
    expect((await db.evaluationInvitation.findUniqueOrThrow({ where: { id: c.invitationId } })).usedAt).toEqual(usedAt);
    expect((await unsafeGetInvitationView(c.token)).state).toBe("USED");
  });

  it("two concurrent submits of one token produce exactly one evaluation; the loser gets a clear message", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    const results = await Promise.allSettled([
      submitPublicEvaluation(null, { token: c.token, overall: "SATISFIED" }),
      submitPublicEvaluation(null, { token: c.token, overall: "DISSATISFIED", contactPhone: "13912345678" }),
      submitPublicEvaluation(null, { token: c.token, overall: "BASIC" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(losers).toHaveLength(2);
    for (const l of losers) {
      expect(l.reason).toBeInstanceOf(Conflict);
      expect(l.reason.message).toBe(ALREADY_EVALUATED);
    }
    const rows = await evaluationsOf(c.caseId);
    expect(rows).toHaveLength(1);
    // Only the winner's rating left a trace: a bad-review loop exists iff the winner was the bad one.
    expect(await db.badReviewCase.count({ where: { caseId: c.caseId } })).toBe(rows[0].overall === "DISSATISFIED" ? 1 : 0);
  });

  it("an expired token shows no form and saves nothing", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    await db.evaluationInvitation.update({ where: { id: c.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await unsafeGetInvitationView(c.token)).toEqual({ state: "EXPIRED" });
    await expect(submitPublicEvaluation(null, { token: c.token, ...GOOD })).rejects.toThrow("评价链接已过期");
    expect(await evaluationsOf(c.caseId)).toHaveLength(0);
    expect((await db.evaluationInvitation.findUniqueOrThrow({ where: { id: c.invitationId } })).usedAt).toBeNull();
    expect(await unsafeGetInvitationView("x".repeat(32))).toEqual({ state: "UNKNOWN" });
    expect(await unsafeGetInvitationView("../../etc")).toEqual({ state: "UNKNOWN" });
    await expect(submitPublicEvaluation(null, { token: "y".repeat(32), ...GOOD })).rejects.toBeInstanceOf(NotFound);
  });

  it("the public page query exposes only the hall, the item and the completion date — no personal data", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    const view = await unsafeGetInvitationView(c.token);
    expect(Object.keys(view).sort()).toEqual(["completedOn", "hallName", "itemName", "state"]);
    expect(view).toMatchObject({ state: "OPEN", hallName: h.unit.name, itemName: h.item.name });
    const text = JSON.stringify(view);
    const client = await db.person.findUniqueOrThrow({ where: { id: h.client.id } });
    for (const secret of [client.name, client.idMasked, client.mobile ?? "", h.clerkA.user.displayName, h.clerkA.user.username, c.caseNo, c.caseId]) {
      if (secret) expect(text).not.toContain(secret);
    }
  });

  it("validates the public form: overall required, indicator scores 1–5, comment ≤ 500, phone V-PHONE", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    await expect(submitPublicEvaluation(null, { token: c.token } as never)).rejects.toMatchObject({ field: "overall" });
    await expect(submitPublicEvaluation(null, { token: c.token, ...GOOD, indicatorScores: { PROCESS: 6 } })).rejects.toMatchObject({ field: "indicatorScores" });
    await expect(submitPublicEvaluation(null, { token: c.token, ...GOOD, comment: "长".repeat(501) })).rejects.toMatchObject({ field: "comment" });
    await expect(submitPublicEvaluation(null, { token: c.token, ...GOOD, contactPhone: "12345" })).rejects.toMatchObject({ field: "contactPhone" });
    expect(await evaluationsOf(c.caseId)).toHaveLength(0);
    await submitPublicEvaluation(null, { token: c.token, ...GOOD, contactName: "李秀英", contactPhone: "139 1234 5678" });
    expect((await evaluationsOf(c.caseId))[0]).toMatchObject({ realName: true, contactName: "李秀英", contactPhone: "13912345678" });
  });

  it("a bad rating opens its BadReviewCase in the same transaction (EVA-04), and reminds the verifying reviewers", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    const before = new Date();
    await submitPublicEvaluation(null, { token: c.token, ...BAD_WITH_CONTACT });
    const [e] = await evaluationsOf(c.caseId);
    const loop = await db.badReviewCase.findUniqueOrThrow({ where: { evaluationId: e.id } });
    expect(loop).toMatchObject({
      source: "EVALUATION", status: "FOUND", orgUnitId: h.unit.id, unitLevel: "DISTRICT", orgPath: h.unit.path, staffUserId: h.clerkA.user.id,
      windowId: h.window.id, caseId: c.caseId, serviceItemCode: h.item.code, description: BAD_WITH_CONTACT.comment, anonymous: false,
      contactPhone: "13912345678", loopCount: 0,
    });
    expect(loop.foundAt.getTime()).toBe(e.submittedAt.getTime());
    expect(loop.foundAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(loop.stepDueDate).not.toBeNull();
    const reminded = await db.reminder.findMany({ where: { entityId: loop.id, ruleId: "R-EVA-1" } });
    expect(reminded.map((r) => r.assigneeUserId).sort()).toEqual([h.reviewer.user.id, h.reviewer2.user.id].sort());
  });
});

describe("the public action (publicAction, no session)", () => {
  it("submits through the rate-limited client and refuses the 11th submit of one token within 10 minutes", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    const ok = await submitPublicEvaluationAction({ token: c.token, overall: "BASIC" });
    expect(ok?.data).toEqual({ submitted: true });
    const again = await submitPublicEvaluationAction({ token: c.token, overall: "BASIC" });
    expect(again?.serverError).toMatchObject({ message: ALREADY_EVALUATED, code: "CONFLICT" });
    const invalid = await submitPublicEvaluationAction({ token: c.token, overall: "MAYBE" as never });
    expect(invalid?.validationErrors).toBeDefined();
    // Without a trusted client address (no TRUSTED_PROXY_HOPS here) the per-client limit is a
    // shared ceiling, so the limit that bites is the one per token: 10 tries in 10 minutes.
    for (let i = 0; i < 10; i++) {
      const r = await submitPublicEvaluationAction({ token: "z".repeat(32), overall: "BASIC" });
      expect(r?.serverError?.message).toBe("评价链接无效，请核对二维码或链接是否完整。");
    }
    const limited = await submitPublicEvaluationAction({ token: "z".repeat(32), overall: "BASIC" });
    expect(limited?.serverError?.message).toBe("提交过于频繁，请稍后再试");
    // Another token is not held back by the guessed one.
    expect((await submitPublicEvaluationAction({ token: "y".repeat(32), overall: "BASIC" }))?.serverError?.message).toBe("评价链接无效，请核对二维码或链接是否完整。");
    expect(await evaluationsOf(c.caseId)).toHaveLength(1);
  });
});

describe("staff entry: paper form and rating device (EVA-01, errata B1, EVA-05)", () => {
  it("a paper form needs its scan and is entered by someone other than the evaluated staff; one rating per case", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    await expect(enterEvaluation(h.clerkB.scope, { channel: "PAPER", caseNo: c.caseNo, ...GOOD })).rejects.toMatchObject({ field: "paperAttachmentId" });
    const scan = await uploadPaperScan(h.clerkB.scope, { name: "评价表.png", bytes: pngBytes(40, 60) });
    // The evaluated staff member (the case's first handler) may not enter their own rating.
    const ownScan = await uploadPaperScan(h.clerkA.scope, { name: "评价表.png", bytes: pngBytes(40, 60) });
    await expect(enterEvaluation(h.clerkA.scope, { channel: "PAPER", caseNo: c.caseNo, paperAttachmentId: ownScan.attachmentId, ...GOOD }))
      .rejects.toMatchObject({ field: "caseNo", message: expect.stringContaining("被评价人员本人") });
    // Someone else's scan cannot be borrowed.
    await expect(enterEvaluation(h.reviewer.scope, { channel: "PAPER", caseNo: c.caseNo, paperAttachmentId: scan.attachmentId, ...GOOD }))
      .rejects.toMatchObject({ field: "paperAttachmentId" });
    const r = await enterEvaluation(h.clerkB.scope, { channel: "PAPER", caseNo: c.caseNo, paperAttachmentId: scan.attachmentId, ...GOOD });
    const e = await db.evaluation.findUniqueOrThrow({ where: { id: r.id } });
    expect(e).toMatchObject({ channel: "PAPER", caseId: c.caseId, staffUserId: h.clerkA.user.id, enteredById: h.clerkB.user.id, paperAttachmentId: scan.attachmentId });
    // The QR invitation is spent too, and the public page says so.
    expect((await unsafeGetInvitationView(c.token)).state).toBe("USED");
    await expect(submitPublicEvaluation(null, { token: c.token, ...GOOD })).rejects.toBeInstanceOf(Conflict);
    const scan2 = await uploadPaperScan(h.clerkB.scope, { name: "b.png", bytes: pngBytes(40, 60) });
    await expect(enterEvaluation(h.clerkB.scope, { channel: "PAPER", caseNo: c.caseNo, paperAttachmentId: scan2.attachmentId, ...GOOD }))
      .rejects.toMatchObject({ field: "caseNo", message: expect.stringContaining("已有评价") });
    expect(await evaluationsOf(c.caseId)).toHaveLength(1);
  });

  it("a device rating of a window and staff member of the unit; a bad one opens a loop too; a refused scan type", async () => {
    const h = await makeHall();
    const r = await enterEvaluation(h.reviewer.scope, { channel: "DEVICE", windowId: h.window.id, staffUserId: h.clerkB.user.id, overall: "VERY_DISSATISFIED" });
    const e = await db.evaluation.findUniqueOrThrow({ where: { id: r.id } });
    expect(e).toMatchObject({ channel: "DEVICE", orgUnitId: h.unit.id, windowId: h.window.id, staffUserId: h.clerkB.user.id, caseId: null });
    expect(r.badReviewId).not.toBeNull();
    expect(await db.badReviewCase.findUniqueOrThrow({ where: { id: r.badReviewId! } })).toMatchObject({ anonymous: true, source: "EVALUATION" });
    await expect(enterEvaluation(h.clerkB.scope, { channel: "DEVICE", staffUserId: h.clerkB.user.id, ...GOOD })).rejects.toMatchObject({ field: "staffUserId" });
    await expect(uploadPaperScan(h.clerkB.scope, { name: "x.pdf", bytes: new TextEncoder().encode("MZ not a pdf") }))
      .rejects.toMatchObject({ field: "paperAttachmentId" });
    // A case that is not completed cannot be rated.
    await expect(enterEvaluation(h.reviewer.scope, { channel: "DEVICE", caseNo: "NOPE-1", ...GOOD })).rejects.toMatchObject({ field: "caseNo" });
  });

  it("a double submit of a device rating without a case stores one row (E7: the form's submissionKey)", async () => {
    const h = await makeHall();
    const submissionKey = randomUUID();
    const entry = { channel: "DEVICE" as const, windowId: h.window.id, staffUserId: h.clerkB.user.id, overall: "DISSATISFIED" as const, submissionKey };
    const [a, b] = await Promise.all([enterEvaluation(h.reviewer.scope, entry), enterEvaluation(h.reviewer.scope, entry)]);
    expect(b).toEqual(a);
    expect(await enterEvaluation(h.reviewer.scope, entry)).toEqual(a);
    expect(await db.evaluation.count({ where: { windowId: h.window.id } })).toBe(1);
    expect(await db.badReviewCase.count({ where: { evaluationId: a.id } })).toBe(1);
    // Another user cannot replay someone else's key; a fresh key is a new rating.
    await expect(enterEvaluation(h.reviewer2.scope, entry)).rejects.toBeInstanceOf(Conflict);
    await enterEvaluation(h.reviewer.scope, { ...entry, submissionKey: randomUUID() });
    await enterEvaluation(h.reviewer.scope, { ...entry, submissionKey: undefined });
    expect(await db.evaluation.count({ where: { windowId: h.window.id } })).toBe(3);
    await expect(enterEvaluation(h.reviewer.scope, { ...entry, submissionKey: "not-a-uuid" })).rejects.toMatchObject({ field: "submissionKey" });
  });

  it("one scan backs one evaluation even when two entries race (E7: paperAttachmentId is unique)", async () => {
    const h = await makeHall();
    const scan = await uploadPaperScan(h.clerkB.scope, { name: "评价表.png", bytes: pngBytes(40, 60) });
    const paper = { channel: "PAPER" as const, paperAttachmentId: scan.attachmentId, windowId: h.window.id, ...GOOD };
    const results = await Promise.allSettled([enterEvaluation(h.clerkB.scope, paper), enterEvaluation(h.clerkB.scope, paper)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ field: "paperAttachmentId", message: "该扫描件已用于另一条评价，请重新上传" });
    expect(await db.evaluation.count({ where: { paperAttachmentId: scan.attachmentId } })).toBe(1);
  });

  it("an impossible day in the list's URL is ignored, not a crash (E9)", async () => {
    const h = await makeHall();
    await enterEvaluation(h.reviewer.scope, { channel: "DEVICE", ...GOOD });
    const list = await listEvaluations(h.reviewer.scope, { unitId: h.unit.id, from: "2026-02-30", to: "2026-02-31" });
    expect(list.rows).toHaveLength(1);
  });

  it("evaluations are append-only: the trigger refuses UPDATE and DELETE even for the superuser connection", async () => {
    const h = await makeHall();
    const r = await enterEvaluation(h.reviewer.scope, { channel: "DEVICE", ...GOOD });
    await expect(db.evaluation.update({ where: { id: r.id }, data: { overall: "VERY_SATISFIED" } })).rejects.toThrow(/append-only|只能追加/);
    await expect(db.evaluation.delete({ where: { id: r.id } })).rejects.toThrow(/append-only|只能追加/);
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: r.id } })).overall).toBe("SATISFIED");
  });
});

describe("EVA-05 privacy and cross-scope denial", () => {
  it("the evaluated staff member never sees the evaluator's name or phone for a bad review; others see it masked", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    await submitPublicEvaluation(null, { token: c.token, ...BAD_WITH_CONTACT });
    const asStaffList = await listEvaluations(h.clerkA.scope, { unitId: h.unit.id });
    expect(asStaffList.rows).toHaveLength(1);
    expect(asStaffList.rows[0]).toMatchObject({ overall: "DISSATISFIED", contact: null });
    expect(JSON.stringify(asStaffList)).not.toContain("13912345678");
    expect(JSON.stringify(asStaffList)).not.toContain("李秀英");
    const seen = (await listEvaluations(h.reviewer.scope, { unitId: h.unit.id })).rows[0];
    expect(seen.contact).toEqual({ name: "李秀英", phone: "139****5678" });
    // Another clerk of the unit (not the evaluated one) sees the masked phone too.
    expect((await listEvaluations(h.clerkB.scope, { unitId: h.unit.id })).rows[0].contact).toEqual({ name: "李秀英", phone: "139****5678" });

    const loop = await db.badReviewCase.findFirstOrThrow({ where: { caseId: c.caseId } });
    const asStaff = await getBadReview(h.clerkA.scope, loop.id);
    expect(asStaff.contact).toBeNull();
    expect(asStaff.isEvaluatedStaff).toBe(true);
    expect(JSON.stringify(asStaff)).not.toContain("13912345678");
    expect(JSON.stringify(asStaff)).not.toContain("李秀英");
    await expect(revealBadReviewContact(h.clerkA.scope, { id: loop.id, reason: "想联系" })).rejects.toBeInstanceOf(NotFound);
    // E3: the case (whose page names the client = the evaluator) and the free-text revisit note
    // are withheld from the evaluated staff member; a reviewer still gets both.
    await db.badReviewCase.update({ where: { id: loop.id }, data: { revisitNote: "12月1日致电13700001111，李女士表示已理解" } });
    const hidden = await getBadReview(h.clerkA.scope, loop.id);
    expect(hidden.loop).toMatchObject({ caseId: null, revisitNote: null, caseHidden: true });
    expect(JSON.stringify(hidden)).not.toContain(c.caseId);
    expect(JSON.stringify(hidden)).not.toContain("13700001111");
    expect((await getBadReview(h.reviewer.scope, loop.id)).loop).toMatchObject({ caseId: c.caseId, caseHidden: false, revisitNote: expect.stringContaining("13700001111") });

    const asReviewer = await getBadReview(h.reviewer.scope, loop.id);
    expect(asReviewer.contact).toEqual({ name: "李秀英", phoneMasked: "139****5678", revealable: true });
    expect(JSON.stringify(asReviewer)).not.toContain("13912345678");
    await expect(revealBadReviewContact(h.reviewer.scope, { id: loop.id, reason: "" })).rejects.toMatchObject({ field: "reason" });
    expect(await revealBadReviewContact(h.reviewer.scope, { id: loop.id, reason: "问题回访" })).toEqual({ contactName: "李秀英", contactPhone: "13912345678" });
    expect(await db.auditEvent.count({ where: { action: "REVEAL", entityType: "BadReviewCase", entityId: loop.id, userId: h.reviewer.user.id } })).toBe(1);
  });

  it("a user of a sibling unit can neither read nor write the unit's evaluations (NotFound)", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    await submitPublicEvaluation(null, { token: c.token, ...BAD_ANONYMOUS });
    const loop = await db.badReviewCase.findFirstOrThrow({ where: { caseId: c.caseId } });
    expect((await listEvaluations(h.sibling.scope, { unitId: h.unit.id })).rows).toHaveLength(0);
    expect((await listEvaluations(h.reviewer.scope, { unitId: h.unit.id })).rows).toHaveLength(1);
    await expect(getBadReview(h.sibling.scope, loop.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getInvitationForCase(h.sibling.scope, c.caseId)).rejects.toBeInstanceOf(NotFound);
    await expect(printCompletionReceipt(h.sibling.scope, c.caseId, "http://x")).rejects.toBeInstanceOf(NotFound);
    const d = await completedCase(h);
    await expect(enterEvaluation(h.sibling.scope, { channel: "DEVICE", caseNo: d.caseNo, ...GOOD })).rejects.toMatchObject({ field: "caseNo", message: expect.stringContaining("不在您的管辖范围内") });
    await expect(enterEvaluation(h.sibling.scope, { channel: "DEVICE", orgUnitId: h.unit.id, ...GOOD })).rejects.toBeInstanceOf(NotFound);
    // The client's village sees the case, but the district hall is not its to rate (the hall is out of its scope).
    await expect(enterEvaluation(h.townClerk.scope, { channel: "DEVICE", caseNo: d.caseNo, ...GOOD })).rejects.toMatchObject({ field: "caseNo" });
    expect(await evaluationsOf(d.caseId)).toHaveLength(0);
  });
});

describe("invitation card and completion receipt (EVA-02, X-50)", () => {
  it("gives the absolute link and a QR code, tracks use, and prints a numbered, audited receipt", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    const inv = await getInvitationForCase(h.clerkA.scope, c.caseId, "https://hall.example.gov.cn");
    expect(inv).toMatchObject({ url: `https://hall.example.gov.cn/e/${c.token}`, usedAt: null, evaluated: false, expired: false });
    expect(inv!.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await db.evaluationInvitation.findFirst({ where: { tokenHash: tokenHashOf(c.token) } })).not.toBeNull();
    const printed = await printCompletionReceipt(h.clerkA.scope, c.caseId, "https://hall.example.gov.cn");
    expect(Buffer.from(printed.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(printed.docNo).toMatch(/^RECEIPT-/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "PRINT", entityId: printed.docNo } });
    expect(audit).toMatchObject({ personId: h.client.id, userId: h.clerkA.user.id });
    await submitPublicEvaluation(null, { token: c.token, ...GOOD });
    expect(await getInvitationForCase(h.clerkA.scope, c.caseId)).toMatchObject({ evaluated: true });
  });

  it("refuses a receipt for a case that is not completed", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    const open = await db.serviceCase.findFirstOrThrow({ where: { id: c.caseId } });
    expect(open.status).toBe("COMPLETED");
    const other = await db.serviceCase.create({
      data: {
        ...Object.fromEntries(Object.entries(open).filter(([k]) => !["id", "caseNo", "createdAt", "updatedAt"].includes(k))),
        caseNo: `${open.caseNo.slice(0, -4)}9999`, status: "IN_PROGRESS", completedAt: null, outcome: null,
      } as never,
    });
    await expect(printCompletionReceipt(h.clerkA.scope, other.id, "http://x")).rejects.toBeInstanceOf(DomainError);
    expect(await getInvitationForCase(h.clerkA.scope, other.id)).toBeNull();
  });
});
