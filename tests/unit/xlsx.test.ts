import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { addTableSheet, createWorkbook, displayWidth, safeSheetName, sha256Hex, workbookToBuffer } from "@/lib/core/xlsx/workbook";
import { watermarkText } from "@/lib/core/xlsx/watermark";
import { xlsxDownloadHeaders, xlsxFileName } from "@/lib/core/xlsx/file-name";
import { addDropdown, addListRange } from "@/lib/core/xlsx/dropdowns";
import { addVersionSheet, readVersionSheet } from "@/lib/core/xlsx/version-sheet";
import { cellText, loadWorkbook, normalizeHeader, readSheet } from "@/lib/core/xlsx/read-sheet";
import { decryptXlsx, encryptXlsx, generateFilePassword, isEncryptedXlsx } from "@/lib/core/xlsx/encrypt";
import { checkRowFields, parseCategory } from "@/lib/ic/import/validate-row";
import { declaredUncompressedSize, isSafeXlsxZip } from "@/lib/core/xlsx/zip-guard";

const W = { userName: "张三", username: "zhangsan", unitName: "市南区退役军人服务中心", at: new Date("2026-03-01T06:05:00Z") };

async function roundTrip(wb: ExcelJS.Workbook) {
  return loadWorkbook(await workbookToBuffer(wb));
}

describe("xlsx file names and headers (X-23)", () => {
  it("is {unitCode}_{listName}_{yyyyMMdd}.xlsx in Shanghai time", () => {
    expect(xlsxFileName("370202", "人员信息", new Date("2026-01-01T17:00:00Z"))).toBe("370202_人员信息_20260102.xlsx");
    expect(xlsxFileName("370202", "a/b c", new Date("2026-01-01T00:00:00Z"))).toBe("370202_a_b_c_20260101.xlsx");
  });

  it("sends the Chinese name as RFC 5987 filename* with an ASCII fallback and no caching", () => {
    const h = xlsxDownloadHeaders("370202_人员信息_20260102.xlsx", 10);
    expect(h["Content-Disposition"]).toContain(`filename*=UTF-8''370202_${encodeURIComponent("人员信息")}_20260102.xlsx`);
    expect(h["Content-Disposition"]).toMatch(/filename="370202_+_20260102\.xlsx"/);
    expect(h["Cache-Control"]).toContain("no-store");
  });

  it("the watermark names user, unit and Beijing time", () => {
    expect(watermarkText(W)).toBe("导出人：张三（zhangsan）　单位：市南区退役军人服务中心　导出时间：2026-03-01 14:05:00　仅限工作使用，严禁外传");
  });

  it("sheet names are made legal and widths count CJK as two", () => {
    expect(safeSheetName("a/b:c*d?[e]".repeat(4))).toHaveLength(31);
    expect(displayWidth("身份证号ID")).toBe(10);
  });
});

describe("workbook building", () => {
  it("writes the watermark row, a bold frozen header and text IDs", async () => {
    const wb = createWorkbook();
    addTableSheet(wb, "名单", [{ header: "姓名", value: (r: { n: string; id: string }) => r.n }, { header: "身份证号", text: true, value: (r) => r.id }], [{ n: "李四", id: "11010519491231002X" }, { n: "王五", id: "370202195001011234" }], { watermark: W });
    const ws = (await roundTrip(wb)).worksheets[0];
    expect(String(ws.getCell(1, 1).value)).toContain("导出人：张三");
    expect(ws.getCell(1, 2).isMerged).toBe(true);
    expect(ws.getRow(2).values).toEqual([undefined, "姓名", "身份证号"]);
    expect(ws.getCell(2, 1).font?.bold).toBe(true);
    expect(ws.getCell(4, 2).value).toBe("370202195001011234");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.headerFooter.oddHeader).toContain("导出人：张三");
  });

  it("dropdowns point at a very hidden list sheet; the version sheet is very hidden and readable", async () => {
    const wb = createWorkbook();
    const ws = addTableSheet(wb, "模板", [{ header: "类别", value: () => null }], []);
    const range = addListRange(wb, "类别", ["退役士兵", "伤残军人"]);
    addDropdown(ws, 1, 2, 100, range);
    addVersionSheet(wb, { template: "T", version: "T-1" });
    const back = await roundTrip(wb);
    expect(back.getWorksheet("_lists")?.state).toBe("veryHidden");
    expect(back.getWorksheet("_lists")?.getCell(3, 1).value).toBe("伤残军人");
    expect(readVersionSheet(back)).toEqual({ template: "T", version: "T-1" });
    const dv = (back.worksheets[0] as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(dv)[0]).toMatchObject({ type: "list", formulae: [range] });
    expect(readVersionSheet(createWorkbook())).toBeNull();
  });

  it("hashes bytes as sha256 hex", () => {
    expect(sha256Hex(Buffer.from("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("reading uploads", () => {
  const specs = [
    { key: "id", header: "身份证号" },
    { key: "name", header: "姓名", aliases: ["名字"] },
  ];

  it("finds the header below a watermark, by name or alias, skips blank rows, flags lossy numbers", async () => {
    const wb = createWorkbook();
    const ws = wb.addWorksheet("x");
    ws.addRow(["导出人：某某"]);
    ws.addRow(["备注", "*名字", "身份证号（必填）"]);
    ws.addRow(["", { richText: [{ text: "张" }, { text: "三" }] }, "11010519491231002X"]);
    ws.addRow([]);
    ws.addRow(["", "李四", 370202195001011234]);
    ws.addRow(["", "王五", 370202500101123]);
    const read = readSheet(await roundTrip(wb), specs, { anchorKey: "id", maxRows: 10 });
    expect(read.missing).toEqual([]);
    expect(read.rows.map((r) => r.rowNo)).toEqual([3, 5, 6]);
    expect(read.rows[0].cells).toEqual({ id: "11010519491231002X", name: "张三" });
    expect(read.rows[1].lossy).toEqual(["id"]);
    expect(read.rows[2]).toMatchObject({ cells: { id: "370202500101123" }, lossy: [] });
  });

  it("stops at maxRows and reports it; reports missing columns", async () => {
    const wb = createWorkbook();
    const ws = wb.addWorksheet("x");
    ws.addRow(["身份证号"]);
    for (let i = 0; i < 5; i++) ws.addRow([`id${i}`]);
    const read = readSheet(await roundTrip(wb), specs, { anchorKey: "id", maxRows: 3 });
    expect(read.truncated).toBe(true);
    expect(read.rows).toHaveLength(3);
    expect(read.missing).toEqual(["name"]);
  });

  it("turns any cell value into the text Excel shows", () => {
    expect(cellText({ formula: "A1", result: 5 } as ExcelJS.CellValue)).toBe("5");
    expect(cellText({ text: "链接", hyperlink: "http://x" } as ExcelJS.CellValue)).toBe("链接");
    expect(cellText(new Date("2024-05-06T00:00:00Z"))).toBe("2024-05-06");
    expect(cellText(null)).toBe("");
    expect(normalizeHeader(" *户籍地址（选填） ")).toBe("户籍地址");
  });
});

describe("zip-bomb guard", () => {
  it("sums the declared sizes of a real workbook and refuses non-zips and oversize declarations", async () => {
    const wb = createWorkbook();
    addTableSheet(wb, "s", [{ header: "a", value: (r: number) => r }], Array.from({ length: 1000 }, (_, i) => i));
    const bytes = await workbookToBuffer(wb);
    const size = declaredUncompressedSize(bytes)!;
    expect(size).toBeGreaterThan(bytes.length);
    expect(isSafeXlsxZip(bytes)).toBe(true);
    expect(isSafeXlsxZip(bytes, size - 1)).toBe(false);
    expect(isSafeXlsxZip(Buffer.from("not a zip at all, just text".repeat(10)))).toBe(false);
  });
});

describe("password protection (X-12, errata A6)", () => {
  it("encrypts with ECMA-376 so only the password opens it", async () => {
    const wb = createWorkbook();
    addTableSheet(wb, "s", [{ header: "身份证号", text: true, value: (r: string) => r }], ["11010519491231002X"]);
    const plain = await workbookToBuffer(wb);
    const password = generateFilePassword();
    const enc = encryptXlsx(plain, password);
    expect(isEncryptedXlsx(enc)).toBe(true);
    expect(isEncryptedXlsx(plain)).toBe(false);
    await expect(loadWorkbook(enc)).rejects.toThrow();
    const ws = (await loadWorkbook(await decryptXlsx(enc, password))).worksheets[0];
    expect(ws.getCell(2, 1).value).toBe("11010519491231002X");
    await expect(decryptXlsx(enc, password + "x")).rejects.toThrow();
  });

  it("generates 16 unambiguous characters, different every time", () => {
    const a = generateFilePassword();
    expect(a).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{16}$/);
    expect(generateFilePassword()).not.toBe(a);
  });
});

describe("import row validation (X-22, X-24)", () => {
  const base = { idNumber: "11010519491231002X", name: "张三", mobile: "139 1234 5678", unit: "370202001001", primaryCategory: "退役士兵" };

  it("accepts a good row, normalising the phone", () => {
    const r = checkRowFields(base, []);
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ mobile: "13912345678", categories: ["DISCHARGED_SOLDIER"], id: { gender: "FEMALE", birthDate: "1949-12-31", idConverted: false } });
  });

  it("converts a 15-digit ID and flags it", () => {
    const r = checkRowFields({ ...base, idNumber: "110105491231002" }, []);
    expect(r.id).toMatchObject({ value: "11010519491231002X", idConverted: true });
    expect(r.warnings[0]).toMatch(/15位身份证号已升位/);
  });

  it("names the column in each Chinese error", () => {
    const r = checkRowFields({ idNumber: "110105194912310021", name: "", mobile: "", landline: "", unit: "", primaryCategory: "其他人员", category2: "其他人员" }, []);
    expect(r.errors).toEqual([
      { column: "身份证号", message: "身份证号校验位错误" },
      { column: "姓名", message: "请输入姓名" },
      { column: "手机号码", message: "手机号码和固定电话至少填写一项" },
      { column: "户籍村（社区）代码", message: "请填写户籍村（社区）代码或名称" },
      { column: "其他人员类别1", message: "人员类别“其他人员”重复填写" },
    ]);
    expect(checkRowFields({ ...base, primaryCategory: "其他人员" }, []).errors).toEqual([{ column: "其他人员说明", message: "人员类别含“其他人员”时须填写说明" }]);
    expect(checkRowFields(base, ["idNumber"]).errors[0].message).toMatch(/存成了数字/);
  });

  it("reads category labels, codes and common hand-typed variants", () => {
    expect(parseCategory("“三红”人员")).toBe("THREE_REDS");
    expect(parseCategory("三红人员")).toBe("THREE_REDS");
    expect(parseCategory("军转干部")).toBe("TRANSFERRED_OFFICER");
    expect(parseCategory("disabled_veteran")).toBe("DISABLED_VETERAN");
    expect(parseCategory("随军未就业家属")).toBeUndefined();
  });
});
