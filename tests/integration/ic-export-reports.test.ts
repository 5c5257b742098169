import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/core/db";
import { DomainError, Forbidden } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { createPerson } from "@/lib/persons/services";
import { computeIdCheckDigit } from "@/lib/core/validators/id-number";
import { decryptXlsx, isEncryptedXlsx } from "@/lib/core/xlsx/encrypt";
import { sha256Hex } from "@/lib/core/xlsx/workbook";
import { exportRegistryList } from "@/lib/ic/export/export-list";
import { createProvincialBatch } from "@/lib/ic/export/provincial-batch";
import { recordProvincialRejection } from "@/lib/ic/export/provincial-reject";
import { downloadExportBatch } from "@/lib/ic/export/batch-queries";
import { runReport } from "@/lib/ic/reports/run-report";
import { exportReport } from "@/lib/ic/reports/export-report";
import type { Gender, OrgLevel, ProfileStatus, SubjectCategory } from "@/lib/generated/prisma/enums";
import { makeTree, makeUser } from "../support/factories";

// Provincial batches and city-level figures are city-wide, so they run in a city of their own:
// other test files' profiles in the shared database are never exported or counted here.
process.env.BLOB_DIR ||= mkdtempSync(path.join(os.tmpdir(), "ic-exports-"));

async function unit(parent: { id: string; path: string; code: string } | null, level: OrgLevel, name: string) {
  for (;;) {
    const code = parent === null ? "8" + String(randomInt(1e5)).padStart(5, "0") : level === "DISTRICT" ? "7" + String(randomInt(1e5)).padStart(5, "0") : parent.code + String(randomInt(1e3)).padStart(3, "0");
    if (await db.orgUnit.findUnique({ where: { code } })) continue;
    return db.orgUnit.create({ data: { code, name, level, parentId: parent?.id, path: `${parent?.path ?? "/"}${code}/`, officePhone: "0532-80000000" } });
  }
}

async function isolatedCity() {
  const city = await unit(null, "CITY", "测试市中心");
  const d1 = await unit(city, "DISTRICT", "一区中心");
  const d2 = await unit(city, "DISTRICT", "二区中心");
  const t1 = await unit(d1, "TOWN", "一区甲街道");
  const t2 = await unit(d2, "TOWN", "二区乙街道");
  const v1 = await unit(t1, "VILLAGE", "一区甲一社区");
  const v2 = await unit(t2, "VILLAGE", "二区乙一社区");
  return { city, d1, d2, t1, t2, v1, v2 };
}

let seq = 0;
function idFor(birthYear: number, gender: Gender) {
  let s = (seq++ * 7 + randomInt(500)) % 1000;
  if ((s % 2 === 1) !== (gender === "MALE")) s = (s + 1) % 1000;
  const first17 = `370202${birthYear}${String(1 + randomInt(12)).padStart(2, "0")}${String(1 + randomInt(28)).padStart(2, "0")}${String(s).padStart(3, "0")}`;
  return first17 + computeIdCheckDigit(first17);
}

type ProfileSpec = { status: ProfileStatus; categories?: SubjectCategory[]; gender?: Gender; birthYear?: number; statusSince?: Date; lastVerifiedAt?: Date | null };

/** A person through lib/persons, then the profile row inserted directly (the brief's fixture rule). */
async function profile(clerk: Scope, owner: { id: string; path: string }, spec: ProfileSpec) {
  const gender = spec.gender ?? "MALE";
  const person = await createPerson(clerk, { idNumber: idFor(spec.birthYear ?? 1970, gender), name: "测试对象", mobile: "13912345678", orgUnitId: owner.id });
  if (!person.created) throw new Error("fixture collision");
  const categories = spec.categories ?? ["DISCHARGED_SOLDIER"];
  return db.subjectProfile.create({
    data: {
      personId: person.id, categories, primaryCategory: categories[0], status: spec.status, statusSince: spec.statusSince ?? new Date(),
      collectedById: clerk.userId, collectionChannel: "WINDOW", orgUnitId: owner.id, orgPath: owner.path, lastVerifiedAt: spec.lastVerifiedAt ?? null,
    },
  });
}

async function sheetOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe("X-23 list export", () => {
  it("is masked, watermarked, named by unit code and date, and audited with criteria, count and hash", async () => {
    const tree = await makeTree();
    const clerk = await makeUser(tree.townA, "CLERK");
    const reviewer = await makeUser(tree.townA, "REVIEWER");
    await profile(clerk.scope, tree.villageA, { status: "DRAFT" });
    await expect(exportRegistryList(clerk.scope, "profiles", {})).rejects.toBeInstanceOf(Forbidden);

    const file = await exportRegistryList(reviewer.scope, "profiles", { status: "DRAFT" });
    expect(file.fileName).toMatch(new RegExp(`^${tree.townA.code}_信息采集档案_\\d{8}\\.xlsx$`));
    const ws = await sheetOf(file.bytes);
    expect(String(ws.getCell(1, 1).value)).toMatch(new RegExp(`导出人：测试用户（${reviewer.user.username}）.*单位：${tree.townA.name}.*导出时间：\\d{4}-\\d{2}-\\d{2}`));
    expect(ws.getCell(2, 3).value).toBe("身份证号");
    expect(String(ws.getCell(3, 3).value)).toMatch(/^370202\*{8}[0-9X]{4}$/);
    expect(ws.getCell(3, 6).value).toBe("139****5678");
    expect(file.rowCount).toBe(1);

    const ev = await db.auditEvent.findFirstOrThrow({ where: { action: "EXPORT", userId: reviewer.user.id }, orderBy: { id: "desc" } });
    expect(ev.diff).toMatchObject({ list: "信息采集档案", rowCount: 1, masked: true, sha256: sha256Hex(file.bytes), criteria: { list: "profiles", status: "DRAFT" } });
  });

  it("a sibling town's export holds none of the other town's rows", async () => {
    const tree = await makeTree();
    const clerk = await makeUser(tree.townA, "CLERK");
    const reviewerB = await makeUser(tree.townB, "REVIEWER");
    await profile(clerk.scope, tree.villageA, { status: "DRAFT" });
    expect((await exportRegistryList(reviewerB.scope, "profiles", {})).rowCount).toBe(0);
    expect((await exportRegistryList(reviewerB.scope, "persons", { unitId: tree.villageA.id })).rowCount).toBe(0);
  });
});

describe("Provincial export batch (errata A4, X-12, AMB-26)", () => {
  async function setup() {
    const c = await isolatedCity();
    const clerk1 = await makeUser(c.t1, "CLERK");
    const approved = await profile(clerk1.scope, c.v1, { status: "CITY_APPROVED", categories: ["DISABLED_VETERAN", "MARTYR_SURVIVOR"] });
    const exported = await profile(clerk1.scope, c.v1, { status: "EXPORTED" });
    const draft = await profile(clerk1.scope, c.v1, { status: "DRAFT" });
    const admin = await makeUser(c.city, "ADMIN", ["EXPORT_UNMASKED"]);
    return { c, approved, exported, draft, admin };
  }

  it("requires a CITY admin holding EXPORT_UNMASKED", async () => {
    const { c } = await setup();
    const plainAdmin = await makeUser(c.city, "ADMIN");
    const districtAdmin = await makeUser(c.d1, "ADMIN", ["EXPORT_UNMASKED"]);
    const reviewer = await makeUser(c.city, "REVIEWER", ["EXPORT_UNMASKED"]);
    for (const u of [plainAdmin, districtAdmin, reviewer]) {
      await expect(createProvincialBatch(u.scope, { mode: "FULL", reason: "上报" })).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await db.profileExportBatch.count({ where: { orgPath: { startsWith: c.city.path } } })).toBe(0);
  });

  it("FULL: encrypted file with full IDs, CITY_APPROVED → EXPORTED through the workflow, audited unmasked", async () => {
    const { c, approved, exported, draft, admin } = await setup();
    const result = await createProvincialBatch(admin.scope, { mode: "FULL", reason: "季度上报" });
    expect(result.recordCount).toBe(2);
    expect(result.password).toMatch(/^[A-Za-z2-9]{16}$/);

    const batch = await db.profileExportBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ mode: "FULL", templateVersion: "PROV-2024-1", recordCount: 2 });
    expect(batch.profileIds.sort()).toEqual([approved.id, exported.id].sort());

    const file = await downloadExportBatch(admin.scope, batch.id);
    expect(isEncryptedXlsx(file.bytes)).toBe(true);
    expect(sha256Hex(file.bytes)).toBe(batch.sha256);
    const ws = await sheetOf(await decryptXlsx(file.bytes, result.password));
    expect((ws.getRow(2).values as unknown[]).filter(Boolean)).toEqual(["电子档案编号", "姓名", "公民身份号码", "性别", "出生日期", "人员类别", "户籍地行政区划代码", "联系电话", "状态"]);
    const ids = [3, 4].map((r) => String(ws.getCell(r, 3).value));
    for (const id of ids) expect(id).toMatch(/^\d{17}[\dX]$/);
    const cats = [3, 4].map((r) => String(ws.getCell(r, 6).value));
    expect(cats).toContain("伤残军人、烈士遗属");
    expect(ws.getCell(3, 7).value).toBe(c.v1.code);

    const after = await db.subjectProfile.findUniqueOrThrow({ where: { id: approved.id } });
    expect(after).toMatchObject({ status: "EXPORTED", exportDirty: false, exportBatchId: batch.id });
    expect(after.exportedAt).not.toBeNull();
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    const hist = await db.statusHistory.findFirst({ where: { entityId: approved.id, action: "export" } });
    expect(hist).toMatchObject({ fromStatus: "CITY_APPROVED", toStatus: "EXPORTED", actorId: admin.user.id });

    const events = await db.auditEvent.findMany({ where: { action: "EXPORT", entityId: batch.id }, orderBy: { id: "asc" } });
    expect(events[0]).toMatchObject({ reason: "季度上报" });
    expect(events[0].diff).toMatchObject({ rowCount: 2, masked: false, passwordProtected: true, sha256: batch.sha256 });
    expect(events[1].reason).toContain("重新下载");
    expect(JSON.stringify(events.map((e) => [e.reason, e.diff]))).not.toContain(result.password);
  });

  it("DELTA sends only changed files; a provincial rejection returns the file to CITY_APPROVED and dirty", async () => {
    const { approved, exported, admin } = await setup();
    const full = await createProvincialBatch(admin.scope, { mode: "FULL", reason: "首次上报" });
    await expect(createProvincialBatch(admin.scope, { mode: "DELTA", reason: "增量" })).rejects.toBeInstanceOf(DomainError);

    await recordProvincialRejection(admin.scope, { batchId: full.batchId, profileId: approved.id, reason: "身份证号与户籍不符" });
    const rejected = await db.subjectProfile.findUniqueOrThrow({ where: { id: approved.id } });
    expect(rejected).toMatchObject({ status: "CITY_APPROVED", exportDirty: true });
    const batch = await db.profileExportBatch.findUniqueOrThrow({ where: { id: full.batchId } });
    expect(batch.rejected).toEqual([expect.objectContaining({ profileId: approved.id, reason: "身份证号与户籍不符" })]);
    await expect(recordProvincialRejection(admin.scope, { batchId: full.batchId, profileId: approved.id, reason: "再次" })).rejects.toBeInstanceOf(DomainError);

    const delta = await createProvincialBatch(admin.scope, { mode: "DELTA", reason: "补报" });
    const d = await db.profileExportBatch.findUniqueOrThrow({ where: { id: delta.batchId } });
    expect(d.profileIds).toEqual([approved.id]);
    expect(d.profileIds).not.toContain(exported.id);
  });
});

describe("§3.1.5 reports", () => {
  it("census on a fixture: district × primary category, multi-count, gender and age bands", async () => {
    const c = await isolatedCity();
    const clerk1 = await makeUser(c.t1, "CLERK");
    const clerk2 = await makeUser(c.t2, "CLERK");
    const year = Number(new Date().toISOString().slice(0, 4));
    await profile(clerk1.scope, c.v1, { status: "CITY_APPROVED", categories: ["DISCHARGED_SOLDIER", "DISABLED_VETERAN"], birthYear: year - 45 });
    await profile(clerk1.scope, c.v1, { status: "EXPORTED", categories: ["DISABLED_VETERAN"], gender: "FEMALE", birthYear: year - 85 });
    await profile(clerk1.scope, c.t1, { status: "DRAFT", categories: ["DISCHARGED_SOLDIER"], birthYear: year - 25 });
    await profile(clerk2.scope, c.v2, { status: "EXPORTED", categories: ["MARTYR_SURVIVOR", "DISCHARGED_SOLDIER"], birthYear: year - 65 });
    await profile(clerk2.scope, c.v2, { status: "INACTIVE", categories: ["MARTYR_SURVIVOR"] });
    const reviewer = await makeUser(c.city, "REVIEWER");

    const out = (await runReport(reviewer.scope, "census", {}))!;
    const [primary, multi, gender, bands] = out.report.tables;
    const col = (t: typeof primary, label: string) => t.columns.indexOf(label);
    const rowOf = (t: typeof primary, name: string) => t.rows.find((r) => r.cells[0] === name)!;
    expect(rowOf(primary, "一区中心").unitCode).toBe(c.d1.code);
    expect(rowOf(primary, "一区中心").cells[col(primary, "退役士兵")]).toBe(1);
    expect(rowOf(primary, "一区中心").cells[col(primary, "伤残军人")]).toBe(1);
    expect(rowOf(primary, "二区中心").cells[col(primary, "烈士遗属")]).toBe(1);
    expect(rowOf(primary, "合计").cells.at(-1)).toBe(3);
    expect(rowOf(multi, "一区中心").cells[col(multi, "伤残军人")]).toBe(2);
    expect(rowOf(multi, "合计").cells.at(-1)).toBe(5);
    expect(rowOf(gender, "一区中心").cells.slice(1)).toEqual([1, 1, 2]);
    expect(rowOf(bands, "合计").cells.slice(1)).toEqual([0, 0, 1, 0, 1, 0, 1, 3]);

    const all = (await runReport(reviewer.scope, "census", { basis: "all" }))!;
    expect(all.report.tables[0].rows.find((r) => r.cells[0] === "合计")!.cells.at(-1)).toBe(4);

    const drilled = (await runReport(reviewer.scope, "census", { unit: c.d1.code }))!;
    expect(drilled.report.tables[0].rows.map((r) => r.cells[0])).toEqual(["一区甲街道", "合计"]);
  });

  it("are scoped: a sibling town sees nothing of the other, and drilling outside scope is not found", async () => {
    const tree = await makeTree();
    const clerkA = await makeUser(tree.townA, "CLERK");
    const reviewerA = await makeUser(tree.townA, "REVIEWER");
    const reviewerB = await makeUser(tree.townB, "REVIEWER");
    const districtReviewer = await makeUser(tree.district, "REVIEWER");
    const month = 30 * 86_400_000;
    await profile(clerkA.scope, tree.villageA, { status: "PENDING_INITIAL", statusSince: new Date(Date.now() - month) });
    await profile(clerkA.scope, tree.villageA, { status: "PENDING_INITIAL" });
    await profile(clerkA.scope, tree.villageA, { status: "CITY_APPROVED", lastVerifiedAt: new Date(Date.now() - 14 * month) });

    expect(await runReport(reviewerB.scope, "pipeline", { unit: tree.townA.code })).toBeNull();
    expect(await runReport(reviewerB.scope, "pipeline", { unit: tree.villageA.code })).toBeNull();
    expect(await exportReport(reviewerB.scope, "census", { unit: tree.townA.code })).toBeNull();
    const b = (await runReport(reviewerB.scope, "pipeline", {}))!;
    expect(b.report.tables[0].rows.every((r) => r.cells[1] === 0)).toBe(true);
    const bStale = (await runReport(reviewerB.scope, "stale", {}))!;
    expect(bStale.report.tables[1].rows).toHaveLength(0);

    const a = (await runReport(reviewerA.scope, "pipeline", {}))!;
    const initial = a.report.tables[0].rows.find((r) => r.cells[0] === "待初审")!;
    expect(initial.cells[1]).toBe(2);
    expect(initial.cells[4]).toBe(1);
    expect(Number(initial.cells[3])).toBeGreaterThanOrEqual(29.9);

    const d = (await runReport(districtReviewer.scope, "pipeline", {}))!;
    const byTown = d.report.tables[1];
    expect(byTown.rows.map((r) => r.unitCode)).toEqual([tree.townA.code, tree.townB.code].sort());
    expect(byTown.rows.find((r) => r.unitCode === tree.townA.code)!.cells.at(-1)).toBe(1);

    const stale = (await runReport(reviewerA.scope, "stale", { unit: tree.villageA.code }))!;
    expect(stale.report.tables[1].rows).toHaveLength(1);
    await expect(runReport(clerkA.scope, "pipeline", {})).rejects.toBeInstanceOf(Forbidden);
  });

  it("returns analysis ranks defect fields; coverage divides ACTIVE files by persons; report export is audited", async () => {
    const tree = await makeTree();
    const clerkA = await makeUser(tree.townA, "CLERK");
    const reviewerA = await makeUser(tree.townA, "REVIEWER");
    const p1 = await profile(clerkA.scope, tree.villageA, { status: "RETURNED" });
    await profile(clerkA.scope, tree.villageA, { status: "CITY_APPROVED" });
    await profile(clerkA.scope, tree.villageA, { status: "DRAFT" });
    for (const defects of [[{ field: "person.name", reason: "姓名与身份证不一致" }, { field: "doc.PHOTO", reason: "照片不清晰" }], [{ field: "doc.PHOTO", reason: "照片过期" }]]) {
      await db.profileReturn.create({ data: { profileId: p1.id, fromStatus: "PENDING_INITIAL", defects, returnedById: reviewerA.user.id, orgPath: p1.orgPath } });
    }
    const r = (await runReport(reviewerA.scope, "returns", {}))!;
    expect(r.report.tables[1].rows[0].cells.slice(0, 2)).toEqual(["材料：近期免冠照片", 2]);
    expect(r.report.tables[0].rows.find((x) => x.unitCode === tree.villageA.code)!.cells.slice(1)).toEqual([2, 1, 2, "50.0%"]);

    const cov = (await runReport(reviewerA.scope, "coverage", {}))!;
    const total = cov.report.tables[0].rows.find((x) => x.cells[0] === "合计")!;
    expect(total.cells[1]).toBe(3);
    expect(total.cells.at(-1)).toBe("33.3%");

    const file = (await exportReport(reviewerA.scope, "returns", {}))!;
    expect(file.fileName).toMatch(new RegExp(`^${tree.townA.code}_退回分析_${tree.townA.code}_\\d{8}\\.xlsx$`));
    const ev = await db.auditEvent.findFirstOrThrow({ where: { action: "EXPORT", userId: reviewerA.user.id }, orderBy: { id: "desc" } });
    expect(ev.diff).toMatchObject({ criteria: { report: "returns", unit: tree.townA.code }, masked: true, sha256: file.sha256 });
  });
});
