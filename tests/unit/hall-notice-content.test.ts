import { describe, expect, it } from "vitest";
import { incompleteNoticeContent, timeLimitText, type MaterialRow } from "@/lib/hall/cases/notice-content";

const m = (name: string, state: string, extra: Partial<MaterialRow> = {}): MaterialRow => ({
  name, state, originalOrCopy: "BOTH", count: 1, mandatory: true, howToObtain: null, defect: null, correction: null, ...extra,
});

describe("one-time notice content (§7.6, HALL-01)", () => {
  it("lists every missing and defective material at once, with how to obtain each", () => {
    const r = incompleteNoticeContent([
      m("身份证", "OK"), m("退役证", "MISSING", { howToObtain: "向原部队申请" }), m("照片", "DEFECTIVE", { defect: "非近期", correction: "提供6个月内照片" }), m("户口簿", "MISSING"),
    ], []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.missing).toEqual([{ name: "退役证", howToObtain: "向原部队申请" }, { name: "户口簿", howToObtain: expect.stringContaining("申请") }]);
    expect(r.defective).toEqual([{ name: "照片", defect: "非近期", correction: "提供6个月内照片" }]);
    expect(r.requiredMaterials).toHaveLength(4);
  });

  it("refuses while any material is unchecked: the notice must be complete", () => {
    const r = incompleteNoticeContent([m("身份证", "PENDING"), m("退役证", "MISSING")], []);
    expect(r).toEqual({ ok: false, message: expect.stringContaining("一次列全") });
  });

  it("a later notice lists only what no earlier notice listed", () => {
    const prior = [{ missingMaterials: [{ name: "退役证" }], defectiveMaterials: [] }];
    const again = incompleteNoticeContent([m("身份证", "OK"), m("退役证", "MISSING")], prior);
    expect(again).toEqual({ ok: false, message: expect.stringContaining("无需再次告知") });
    const newOne = incompleteNoticeContent([m("身份证", "DEFECTIVE", { defect: "模糊", correction: "重拍" }), m("退役证", "MISSING")], prior);
    expect(newOne.ok && newOne.defective.map((d) => d.name)).toEqual(["身份证"]);
    expect(newOne.ok && newOne.missing).toEqual([]);
  });

  it("nothing to notify when all materials are fine", () => {
    expect(incompleteNoticeContent([m("身份证", "OK"), m("照片", "NA", { mandatory: false })], [])).toMatchObject({ ok: false });
  });

  it("states the time limit in words", () => {
    expect(timeLimitText(0)).toContain("当场办结");
    expect(timeLimitText(5)).toBe("自受理之日起5个工作日内办结");
  });
});
