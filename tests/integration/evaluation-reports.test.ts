import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { enterEvaluation } from "@/lib/evaluation/services/enter-evaluation";
import { recordComplaint } from "@/lib/evaluation/services/record-complaint";
import { confirmBadReviewValid, takeBadReview } from "@/lib/evaluation/services/advance-bad-review";
import { satisfactionFigures } from "@/lib/evaluation/stats";
import { exportRankings, getRankings } from "@/lib/evaluation/rankings";
import { addImprovementAction, approveAnalysis, generateAnalysis, setImprovementActionStatus, updateAnalysisText } from "@/lib/evaluation/analysis/services";
import { getAnalysis, listAnalyses } from "@/lib/evaluation/analysis/queries";
import { printAnalysis } from "@/lib/evaluation/analysis/analysis-pdf";
import type { AnalysisStats } from "@/lib/evaluation/analysis/build-stats";
import { currentQuarter, periodKeyOf } from "@/lib/evaluation/period";
import { makeUser } from "../support/factories";
import { makeHall, makeWindow, type Hall } from "../support/hall-factories";

process.env.BLOB_DIR ||= mkdtempSync(path.join(os.tmpdir(), "eval-reports-"));

type Rating = "VERY_SATISFIED" | "SATISFIED" | "BASIC" | "DISSATISFIED" | "VERY_DISSATISFIED";

/** Device ratings entered by the hall's reviewer (never the evaluated staff, EVA-05). */
async function rate(h: Hall, staffUserId: string, windowId: string | undefined, ratings: Rating[], scores?: Record<string, number>) {
  for (const overall of ratings) {
    await enterEvaluation(h.reviewer.scope, { channel: "DEVICE", staffUserId, windowId, overall, indicatorScores: scores });
  }
}

describe("rankings (§9.2.2 reports; SPEC satisfaction rate)", () => {
  it("computes count, satisfied, bad reviews, both rates and indicator averages per unit, window and staff", async () => {
    const h = await makeHall();
    const window2 = await makeWindow(h.unit, [h.item.code], { windowNo: "2" });
    await rate(h, h.clerkA.user.id, h.window.id, ["VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED", "VERY_DISSATISFIED"], { STAFF_ATTITUDE: 4, EFFICIENCY: 2 });
    await rate(h, h.clerkB.user.id, window2.id, ["SATISFIED", "SATISFIED"], { STAFF_ATTITUDE: 5 });
    const q = { ...currentQuarter(), unitId: h.unit.id };

    const staff = await satisfactionFigures(h.reviewer.scope, { ...q, groupBy: "staff" });
    expect(staff.map((r) => [r.key, r.count, r.satisfied, r.badReviews, r.satisfactionRate, r.badReviewRate])).toEqual([
      [h.clerkB.user.id, 2, 2, 0, 1, 0],
      [h.clerkA.user.id, 5, 3, 2, 0.6, 0.4],
    ]);
    expect(staff[1].indicators).toEqual({ STAFF_ATTITUDE: 4, EFFICIENCY: 2 });
    expect(staff[0]).toMatchObject({ label: "测试用户", indicators: { STAFF_ATTITUDE: 5 } });

    const windows = await satisfactionFigures(h.reviewer.scope, { ...q, groupBy: "window" });
    expect(windows.map((r) => r.key)).toEqual([window2.id, h.window.id]);
    expect(windows[0].label).toBe("2号窗口 综合受理窗口");

    const [unit] = await satisfactionFigures(h.reviewer.scope, { ...q, groupBy: "unit" });
    expect(unit).toMatchObject({ key: h.unit.id, label: h.unit.name, count: 7, satisfied: 5, badReviews: 2, satisfactionRate: 0.7143, badReviewRate: 0.2857 });
    expect(unit.indicators.STAFF_ATTITUDE).toBeCloseTo((4 * 5 + 5 * 2) / 7, 2);

    // Drill-down from the unit to its windows and staff; the sibling sees nothing of it.
    const drill = await getRankings(h.reviewer.scope, { unit: h.unit.id });
    expect(drill.unit?.id).toBe(h.unit.id);
    expect(drill.windows).toHaveLength(2);
    expect(drill.staff).toHaveLength(2);
    expect(drill.total).toMatchObject({ count: 7, satisfied: 5 });
    const siblingReviewer = await makeUser(h.tree.townB, "REVIEWER");
    await expect(getRankings(siblingReviewer.scope, { unit: h.unit.id })).rejects.toBeInstanceOf(NotFound);
    expect(await satisfactionFigures(siblingReviewer.scope, { ...q, groupBy: "unit" })).toEqual([]);
    await expect(getRankings(h.clerkA.scope, {})).rejects.toBeInstanceOf(Forbidden);

    // E9: an impossible day in the URL falls back to this quarter instead of a RangeError (page and xlsx alike).
    expect((await getRankings(h.reviewer.scope, { from: "2026-02-30", to: "2026-02-31" })).range).toEqual(currentQuarter());
    await expect(exportRankings(h.reviewer.scope, { from: "2026-02-30", unit: h.unit.id })).resolves.toMatchObject({ rowCount: expect.any(Number) });

    // A period without ratings is empty, not an error.
    expect(await satisfactionFigures(h.reviewer.scope, { from: "2020-01-01", to: "2020-03-31", groupBy: "unit", unitId: h.unit.id })).toEqual([]);
  });

  it("exports the rankings as an audited, watermarked xlsx", async () => {
    const h = await makeHall();
    await rate(h, h.clerkA.user.id, h.window.id, ["SATISFIED", "DISSATISFIED"]);
    const file = await exportRankings(h.reviewer.scope, { unit: h.unit.id });
    expect(file.fileName).toMatch(/^\d+_服务评价排名_\d+_\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as never);
    const ws = wb.getWorksheet("人员排名")!;
    expect(String(ws.getRow(1).getCell(1).value)).toContain("导出人");
    expect(ws.getRow(2).getCell(6).value).toBe("满意率");
    expect(ws.getRow(3).getCell(3).value).toBe(2);
    expect(ws.getRow(3).getCell(6).value).toBe("50.0%");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "EXPORT", userId: h.reviewer.user.id }, orderBy: { id: "desc" } });
    expect(audit.diff).toMatchObject({ masked: true, sha256: file.sha256, rowCount: file.rowCount });
  });
});

describe("quarterly analysis (§9.2.2, EVA-06, AMB-39)", () => {
  it("generates the figures and hot issues, refreshes a DRAFT, is approved by a reviewer who did not write it", async () => {
    const h = await makeHall();
    const writer = h.reviewer;
    const approver = h.reviewer2;
    await rate(h, h.clerkA.user.id, h.window.id, ["SATISFIED", "BASIC", "DISSATISFIED"], { PROCESS: 3 });
    // Three verified complaints tagged 效率 about the item: a hot issue by count (AMB-39).
    for (let i = 0; i < 3; i++) {
      const { id } = await recordComplaint(h.clerkB.scope, { serviceItemCode: h.item.code, description: `等候时间过长${i}` });
      await takeBadReview(writer.scope, { id, version: 0 });
      await confirmBadReviewValid(writer.scope, { id, version: 1, verification: "属实", issueTags: ["EFFICIENCY"] });
    }
    const periodKey = periodKeyOf("QUARTER", todayInShanghai());
    await expect(generateAnalysis(h.clerkA.scope, { period: "QUARTER", periodKey })).rejects.toBeInstanceOf(Forbidden);
    await expect(generateAnalysis(writer.scope, { period: "MONTH", periodKey })).rejects.toMatchObject({ field: "periodKey" });
    const { id, created } = await generateAnalysis(writer.scope, { period: "QUARTER", periodKey });
    expect(created).toBe(true);
    const a = await db.evaluationAnalysis.findUniqueOrThrow({ where: { id } });
    expect(a).toMatchObject({ status: "DRAFT", scopeOrgUnitId: h.unit.id, orgPath: h.unit.path, periodKey });
    const stats = a.generatedStats as unknown as AnalysisStats;
    expect(stats.total).toMatchObject({ count: 3, satisfied: 2, badReviews: 1, satisfactionRate: 0.6667 });
    expect(stats.indicators.find((i) => i.code === "PROCESS")?.avg).toBe(3);
    expect(stats.byStaff[0]).toMatchObject({ key: h.clerkA.user.id, count: 3 });
    expect(stats.byChannel[0]).toMatchObject({ key: "DEVICE", label: "窗口评价器" });
    // 1 from the device rating + 3 complaints.
    expect(stats.badReviews).toMatchObject({ total: 4, bySource: { EVALUATION: 1, COMPLAINT: 3 }, byTag: { EFFICIENCY: 3 }, open: 4 });
    expect(stats.timeliness.steps).toBeGreaterThanOrEqual(6);
    const hot = a.hotIssues as { kind: string; key: string; count: number; reasons: string[] }[];
    expect(hot).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: "TAG", key: "EFFICIENCY", count: 3, reasons: ["COUNT", "SHARE"] }),
      expect.objectContaining({ kind: "ITEM", key: h.item.code, count: 3, label: `${h.item.name}（${h.item.code}）` }),
    ]));

    // Regenerating refreshes the same DRAFT (unique per unit and period).
    await rate(h, h.clerkA.user.id, h.window.id, ["VERY_SATISFIED"]);
    const again = await generateAnalysis(approver.scope, { period: "QUARTER", periodKey });
    expect(again).toEqual({ id, created: false });
    expect(((await db.evaluationAnalysis.findUniqueOrThrow({ where: { id } })).generatedStats as unknown as AnalysisStats).total.count).toBe(4);
    expect(await db.evaluationAnalysis.count({ where: { scopeOrgUnitId: h.unit.id } })).toBe(1);

    // Text, measures and approval.
    const v1 = (await db.evaluationAnalysis.findUniqueOrThrow({ where: { id } })).version;
    await updateAnalysisText(writer.scope, { id, version: v1, investigation: "高峰时段窗口不足", solutions: "增开综合窗口，推行预约" });
    await expect(updateAnalysisText(writer.scope, { id, version: v1, investigation: "旧版本" })).rejects.toBeInstanceOf(Conflict);
    const v2 = v1 + 1;
    // E10: a stale report version is a Conflict and stores no measure; an impossible day is a field error.
    await expect(addImprovementAction(writer.scope, { analysisId: id, version: v1, description: "旧页面提交", ownerName: "孙丽娟", dueDate: "2026-12-31" }))
      .rejects.toBeInstanceOf(Conflict);
    await expect(addImprovementAction(writer.scope, { analysisId: id, version: v2, description: "日期不存在", ownerName: "孙丽娟", dueDate: "2026-02-30" }))
      .rejects.toMatchObject({ field: "dueDate" });
    expect(await db.improvementAction.count({ where: { analysisId: id } })).toBe(0);
    const action = await addImprovementAction(writer.scope, { analysisId: id, version: v2, description: "高峰时段增开2号窗口", ownerName: "孙丽娟", dueDate: "2026-12-31" });
    expect(action.version).toBe(v2 + 1);
    const reviewer3 = await makeUser(h.unit, "REVIEWER");
    // approver regenerated the figures, writer wrote it: neither may approve (ORG-30).
    for (const s of [writer.scope, approver.scope]) {
      await expect(approveAnalysis(s, { id, version: (await db.evaluationAnalysis.findUniqueOrThrow({ where: { id } })).version })).rejects.toBeInstanceOf(InvalidTransition);
    }
    expect((await getAnalysis(reviewer3.scope, id)).canApprove).toBe(true);
    expect((await getAnalysis(writer.scope, id)).canApprove).toBe(false);
    const beforeApproval = (await db.evaluationAnalysis.findUniqueOrThrow({ where: { id } })).version;
    await approveAnalysis(reviewer3.scope, { id, version: beforeApproval });
    expect(await db.evaluationAnalysis.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", approvedById: reviewer3.user.id });
    // A measure sent from a page loaded before the approval changes nothing.
    await expect(addImprovementAction(writer.scope, { analysisId: id, version: beforeApproval, description: "审定后补充", ownerName: "孙丽娟", dueDate: "2026-12-31" }))
      .rejects.toBeInstanceOf(InvalidTransition);
    expect(await db.improvementAction.count({ where: { analysisId: id } })).toBe(1);
    await expect(generateAnalysis(writer.scope, { period: "QUARTER", periodKey })).rejects.toBeInstanceOf(Conflict);
    await expect(updateAnalysisText(writer.scope, { id, version: 99, investigation: "x" })).rejects.toBeInstanceOf(InvalidTransition);
    // Measures are still tracked after approval.
    await setImprovementActionStatus(writer.scope, { id: action.id, version: 0, status: "DONE" });
    expect((await db.improvementAction.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("DONE");

    // The PDF is numbered and audited; admins read; the sibling street does not.
    const pdf = await printAnalysis(writer.scope, id, "http://x");
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.docNo).toMatch(/^ANALYSIS-/);
    const admin = await makeUser(h.unit, "ADMIN");
    expect((await listAnalyses(admin.scope)).rows.map((r) => r.id)).toContain(id);
    const siblingReviewer = await makeUser(h.tree.townB, "REVIEWER");
    expect((await listAnalyses(siblingReviewer.scope)).rows.map((r) => r.id)).not.toContain(id);
    await expect(getAnalysis(siblingReviewer.scope, id)).rejects.toBeInstanceOf(NotFound);
    await expect(addImprovementAction(siblingReviewer.scope, { analysisId: id, version: 0, description: "x", ownerName: "张三", dueDate: "2026-12-31" })).rejects.toBeInstanceOf(Forbidden);
  });

  it("approval needs the investigation and the solutions", async () => {
    const h = await makeHall();
    const { id } = await generateAnalysis(h.reviewer.scope, { period: "YEAR", periodKey: todayInShanghai().slice(0, 4) });
    await expect(approveAnalysis(h.reviewer2.scope, { id, version: 0 })).rejects.toMatchObject({ field: "investigation" });
  });
});
