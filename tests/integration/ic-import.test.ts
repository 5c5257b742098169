import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/core/db";
import { Conflict, DomainError } from "@/lib/core/errors";
import { createPerson } from "@/lib/persons/services";
import { buildImportTemplate } from "@/lib/ic/import/template";
import { createImportJob } from "@/lib/ic/import/create-job";
import { commitImportJob } from "@/lib/ic/import/commit";
import { getImportJobView } from "@/lib/ic/import/queries";
import { buildImportErrorWorkbook } from "@/lib/ic/import/error-workbook";
import { IMPORT_COLUMNS } from "@/lib/ic/import/columns";
import { computeIdCheckDigit } from "@/lib/core/validators/id-number";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

type Cells = Partial<Record<(typeof IMPORT_COLUMNS)[number]["key"], string>>;

/** A filled copy of the real template, as a clerk would upload it. */
async function workbookWith(rows: Cells[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildImportTemplate()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  rows.forEach((r, i) => IMPORT_COLUMNS.forEach((c, j) => (ws.getCell(i + 2, j + 1).value = r[c.key] ?? null)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (unitCode: string, over: Cells = {}): Cells => ({
  idNumber: randomIdNumber(), name: "王建国", mobile: "13912345678", unit: unitCode, primaryCategory: "退役士兵", ...over,
});

async function setup() {
  const tree = await makeTree();
  const clerkA = await makeUser(tree.townA, "CLERK");
  const clerkB = await makeUser(tree.townB, "CLERK");
  return { tree, clerkA, clerkB };
}

async function upload(scope: Parameters<typeof createImportJob>[0], rows: Cells[]) {
  const job = await createImportJob(scope, { name: "导入.xlsx", bytes: await workbookWith(rows) });
  const view = await getImportJobView(scope, job.id);
  return { job, view };
}

describe("IC import (X-21/X-22/X-24)", () => {
  it("the template has Chinese headers, category dropdowns and a hidden version sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildImportTemplate()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell(1, 1).value).toBe("*身份证号");
    expect(wb.getWorksheet("_version")?.state).toBe("veryHidden");
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(dv).some((v) => v.type === "list" && v.formulae[0].includes("_lists"))).toBe(true);
  });

  it("validates rows with Chinese, column-named errors; converts and flags 15-digit IDs", async () => {
    const { tree, clerkA } = await setup();
    const good = randomIdNumber();
    const badCheck = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const id15 = "370202" + "580315" + "123";
    const { job, view } = await upload(clerkA.scope, [
      row(tree.villageA.code),
      row(tree.villageA.code, { idNumber: badCheck }),
      row(tree.villageA.code, { idNumber: id15, name: "李老兵" }),
      row("370299999999"),
      row(tree.villageB.code),
      row(tree.villageA.code, { primaryCategory: "不存在的类别" }),
    ]);
    expect(job.validCount).toBe(2);
    expect(job.errorCount).toBe(4);
    expect(view.preview?.convertedCount).toBe(1);
    const errs = Object.fromEntries(view.errorRows.map((r) => [r.rowNo, r.errors.map((e) => `${e.column}:${e.message}`).join("|")]));
    expect(errs[3]).toBe("身份证号:身份证号校验位错误");
    expect(errs[5]).toMatch(/^户籍村（社区）代码:单位“370299999999”不存在/);
    expect(errs[6]).toBe(`户籍村（社区）代码:单位代码 ${tree.villageB.code} 不在您的管辖范围内，不能导入`);
    expect(errs[7]).toMatch(/^主要人员类别:无法识别的人员类别/);
    expect(view.warningRows.find((r) => r.rowNo === 4)?.warnings[0]).toMatch(/15位身份证号已升位/);

    const result = await commitImportJob(clerkA.scope, { jobId: job.id, version: 0, mode: "VALID_ONLY", duplicates: "SKIP" });
    expect(result.created).toBe(2);
    expect(result.idConvertedPersonIds).toHaveLength(1);
    const converted = await db.person.findUniqueOrThrow({ where: { id: result.idConvertedPersonIds[0] }, include: { profile: true } });
    const first17 = "370202" + "19580315" + "123";
    expect(converted.idMasked).toBe(`370202********${(first17 + computeIdCheckDigit(first17)).slice(-4)}`);
    expect(converted.idConverted).toBe(true);
    expect(await db.auditEvent.count({ where: { personId: converted.id, action: "CREATE", reason: { contains: "15位" } } })).toBe(1);
    expect(converted.profile).toMatchObject({ status: "DRAFT", collectionChannel: "IMPORT", orgUnitId: tree.villageA.id, primaryCategory: "DISCHARGED_SOLDIER", handledByOrgUnitId: tree.townA.id });
    // The same IC-03 checklist a hand-made file gets (lib/ic/profile-services createProfile).
    const docs = await db.sourceDocumentCheck.findMany({ where: { profileId: converted.profile!.id } });
    expect(docs.map((d) => d.docType).sort()).toEqual(expect.arrayContaining(["DISCHARGE_CERT", "HUKOU_BOOKLET", "ID_CARD", "PHOTO"]));
    expect(converted.profile!.completeness).toBeGreaterThan(0);
    expect(converted.profile!.completeness).toBeLessThan(100);
  });

  it("an out-of-scope duplicate is a row error with the ORG-23 message and no personal data", async () => {
    const { tree, clerkA, clerkB } = await setup();
    const idNumber = randomIdNumber();
    await createPerson(clerkB.scope, { idNumber, name: "赵秘密", mobile: "13800000001", orgUnitId: tree.villageB.id });
    const { view } = await upload(clerkA.scope, [row(tree.villageA.code, { idNumber, name: "赵秘密" })]);
    const message = view.errorRows[0].errors[0];
    expect(message.column).toBe("身份证号");
    expect(message.message).toContain(`该身份证号已在【${tree.townB.name} ${tree.villageB.name}】登记`);
    expect(message.message).not.toContain("赵秘密");
    expect(message.message).not.toContain("13800000001");
  });

  it("all-or-nothing with any error writes nothing; valid-only commits the good rows", async () => {
    const { tree, clerkA } = await setup();
    const goodIds = [randomIdNumber(), randomIdNumber()];
    const rows = [row(tree.villageA.code, { idNumber: goodIds[0] }), row(tree.villageA.code, { idNumber: goodIds[1] }), row(tree.villageA.code, { name: "" })];
    const { job } = await upload(clerkA.scope, rows);
    const before = await db.person.count({ where: { orgPath: { startsWith: tree.villageA.path } } });
    await expect(commitImportJob(clerkA.scope, { jobId: job.id, version: 0, mode: "ALL_OR_NOTHING", duplicates: "SKIP" })).rejects.toThrow(/不写入任何数据/);
    expect(await db.person.count({ where: { orgPath: { startsWith: tree.villageA.path } } })).toBe(before);
    expect((await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("VALIDATED");

    const result = await commitImportJob(clerkA.scope, { jobId: job.id, version: 0, mode: "VALID_ONLY", duplicates: "SKIP" });
    expect(result).toMatchObject({ created: 2, rejected: 1 });
    expect(await db.person.count({ where: { orgPath: { startsWith: tree.villageA.path } } })).toBe(before + 2);
    const audit = await db.auditEvent.findFirst({ where: { action: "IMPORT", entityId: job.id, diff: { path: ["stage"], equals: "done" } } });
    expect(audit?.diff).toMatchObject({ accepted: 2, rejected: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("all-or-nothing on a clean file writes every row in one go", async () => {
    const { tree, clerkA } = await setup();
    const { job } = await upload(clerkA.scope, [row(tree.villageA.code), row(tree.townA.code, { primaryCategory: "伤残军人", category2: "烈士遗属" })]);
    const result = await commitImportJob(clerkA.scope, { jobId: job.id, version: 0, mode: "ALL_OR_NOTHING", duplicates: "SKIP" });
    expect(result.created).toBe(2);
    const p = await db.subjectProfile.findFirstOrThrow({ where: { personId: { in: result.createdPersonIds }, orgUnitId: tree.townA.id } });
    expect(p.categories).toEqual(["DISABLED_VETERAN", "MARTYR_SURVIVOR"]);
  });

  it("a double commit is refused and imports once", async () => {
    const { tree, clerkA } = await setup();
    const { job } = await upload(clerkA.scope, [row(tree.villageA.code), row(tree.villageA.code)]);
    const args = { jobId: job.id, version: 0, mode: "ALL_OR_NOTHING", duplicates: "SKIP" } as const;
    const outcomes = await Promise.allSettled([commitImportJob(clerkA.scope, args), commitImportJob(clerkA.scope, args)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(Conflict);
    await expect(commitImportJob(clerkA.scope, args)).rejects.toBeInstanceOf(Conflict);
    expect(await db.person.count({ where: { orgPath: { startsWith: tree.villageA.path } } })).toBe(2);
  });

  it("in-scope duplicates: skip leaves them alone, update-contact changes only the phones", async () => {
    const { tree, clerkA } = await setup();
    const idNumber = randomIdNumber();
    const created = await createPerson(clerkA.scope, { idNumber, name: "孙复员", mobile: "13911112222", orgUnitId: tree.villageA.id, hukouAddress: "旧地址" });
    if (!created.created) throw new Error("setup");
    const dup = row(tree.villageA.code, { idNumber, name: "孙复员", mobile: "13733334444", hukouAddress: "新地址" });

    const skip = await upload(clerkA.scope, [dup]);
    expect(skip.view.preview?.duplicateCount).toBe(1);
    const r1 = await commitImportJob(clerkA.scope, { jobId: skip.job.id, version: 0, mode: "VALID_ONLY", duplicates: "SKIP" });
    expect(r1).toMatchObject({ created: 0, duplicatesSkipped: 1, contactsUpdated: 0 });
    expect((await db.person.findUniqueOrThrow({ where: { id: created.id } })).mobile).toBe("13911112222");

    const upd = await upload(clerkA.scope, [dup]);
    const r2 = await commitImportJob(clerkA.scope, { jobId: upd.job.id, version: 0, mode: "VALID_ONLY", duplicates: "UPDATE_CONTACT" });
    expect(r2).toMatchObject({ created: 0, contactsUpdated: 1 });
    const after = await db.person.findUniqueOrThrow({ where: { id: created.id } });
    expect(after).toMatchObject({ mobile: "13733334444", hukouAddress: "旧地址", version: 1 });
  });

  it("only the uploader commits; the error workbook carries the original cells and 错误说明", async () => {
    const { tree, clerkA } = await setup();
    const other = await makeUser(tree.townA, "CLERK");
    const { job } = await upload(clerkA.scope, [row(tree.villageA.code, { mobile: "123", landline: "" })]);
    await expect(commitImportJob(other.scope, { jobId: job.id, version: 0, mode: "VALID_ONLY", duplicates: "SKIP" })).rejects.toBeInstanceOf(DomainError);
    const file = await buildImportErrorWorkbook(clerkA.scope, job.id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(2).values as unknown[]).filter(Boolean);
    expect(header.at(-1)).toBe("错误说明");
    expect(String(ws.getRow(3).getCell(header.length).value)).toContain("【手机号码】手机号码格式错误");
    expect(file.fileName).toMatch(new RegExp(`^${tree.townA.code}_导入错误行_\\d{8}\\.xlsx$`));
    // The corrected error file is accepted again as it is (same template version).
    ws.getRow(3).getCell(4).value = "13912345678";
    const again = await createImportJob(clerkA.scope, { name: "改正.xlsx", bytes: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(again).toMatchObject({ validCount: 1, errorCount: 0 });
  });
});
