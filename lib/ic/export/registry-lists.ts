import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/core/errors";
import { maskAddress, maskMobile } from "@/lib/core/mask";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Column } from "@/lib/core/xlsx/workbook";
import { CATEGORY_LABELS, CHANNEL_LABELS, PROFILE_STATUS_LABELS } from "@/lib/ic/labels";
import { GENDER_LABELS } from "@/lib/persons/labels";
import type { ProfileStatus, SubjectCategory } from "@/lib/generated/prisma/enums";
import { sheetOf, type ExportSheet } from "./list-export";

// the registry lists that can be exported with their current filters. The filters are the
// list pages' own URL parameters; the rows are masked (X-10) and always read through scopedDb.

/** "stream or build in memory up to ~50k rows": beyond that the clerk narrows the filter. */
export const EXPORT_MAX_ROWS = 50_000;

const opt = z.string().trim().max(60).optional().transform((v) => v || undefined);
export const ListFilter = z.object({
  unitId: opt,
  name: opt,
  status: z.enum(Object.keys(PROFILE_STATUS_LABELS) as [ProfileStatus, ...ProfileStatus[]]).optional().catch(undefined),
  category: z.enum(Object.keys(CATEGORY_LABELS) as [SubjectCategory, ...SubjectCategory[]]).optional().catch(undefined),
});
export type ListFilter = z.infer<typeof ListFilter>;

export const EXPORTABLE_LISTS = { persons: "人员信息", profiles: "信息采集档案" } as const;
export type ExportableList = keyof typeof EXPORTABLE_LISTS;

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

async function unitPathFilter(scope: Scope, unitId: string | undefined) {
  if (!unitId) return {};
  const unit = await scopedDb(scope).orgUnit.findFirst({ where: { id: unitId }, select: { path: true } });
  // A unit outside the scope filters to nothing rather than widening to the whole scope.
  return unit ? { orgPath: { startsWith: unit.path } } : { orgPath: { in: [] as string[] } };
}

function tooMany(n: number) {
  if (n > EXPORT_MAX_ROWS) throw new DomainError(`符合条件的记录超过${EXPORT_MAX_ROWS.toLocaleString()}条，请缩小筛选范围后分批导出`);
}

export async function profileListSheet(scope: Scope, f: ListFilter): Promise<ExportSheet> {
  const rows = await scopedDb(scope).subjectProfile.findMany({
    where: {
      deletedAt: null,
      ...(await unitPathFilter(scope, f.unitId)),
      ...(f.status ? { status: f.status } : {}),
      ...(f.category ? { categories: { has: f.category } } : {}),
      ...(f.name ? { person: { name: { startsWith: f.name } } } : {}),
    },
    orderBy: [{ orgPath: "asc" }, { id: "asc" }],
    take: EXPORT_MAX_ROWS + 1,
    select: {
      fileNo: true, categories: true, primaryCategory: true, status: true, collectionChannel: true, collectedAt: true, lastVerifiedAt: true,
      person: { select: { name: true, idMasked: true, gender: true, birthDate: true, mobile: true, orgUnit: { select: { name: true } } } },
    },
  });
  tooMany(rows.length);
  type R = (typeof rows)[number];
  const columns: Column<R>[] = [
    { header: "电子档案编号", width: 20, text: true, value: (r) => r.fileNo },
    { header: "姓名", width: 12, value: (r) => r.person.name },
    { header: "身份证号", width: 22, text: true, value: (r) => r.person.idMasked },
    { header: "性别", width: 6, value: (r) => GENDER_LABELS[r.person.gender] },
    { header: "出生日期", width: 12, value: (r) => date(r.person.birthDate) },
    { header: "手机号码", width: 14, text: true, value: (r) => maskMobile(r.person.mobile) },
    { header: "主要人员类别", width: 22, value: (r) => CATEGORY_LABELS[r.primaryCategory] },
    { header: "全部人员类别", width: 36, value: (r) => r.categories.map((c) => CATEGORY_LABELS[c]).join("、") },
    { header: "户籍村（社区）", width: 24, value: (r) => r.person.orgUnit.name },
    { header: "审核状态", width: 18, value: (r) => PROFILE_STATUS_LABELS[r.status] },
    { header: "采集方式", width: 10, value: (r) => CHANNEL_LABELS[r.collectionChannel] },
    { header: "采集时间", width: 12, value: (r) => date(r.collectedAt) },
    { header: "最近核实日期", width: 12, value: (r) => date(r.lastVerifiedAt) },
  ];
  return sheetOf(EXPORTABLE_LISTS.profiles, columns, rows);
}

export async function personListSheet(scope: Scope, f: ListFilter): Promise<ExportSheet> {
  const rows = await scopedDb(scope).person.findMany({
    where: { deletedAt: null, ...(await unitPathFilter(scope, f.unitId)), ...(f.name ? { name: { startsWith: f.name } } : {}) },
    orderBy: [{ orgPath: "asc" }, { name: "asc" }, { id: "asc" }],
    take: EXPORT_MAX_ROWS + 1,
    select: { name: true, idMasked: true, gender: true, birthDate: true, mobile: true, landline: true, hukouAddress: true, isDeceased: true, orgUnit: { select: { name: true } } },
  });
  tooMany(rows.length);
  type R = (typeof rows)[number];
  const columns: Column<R>[] = [
    { header: "姓名", width: 12, value: (r) => r.name },
    { header: "身份证号", width: 22, text: true, value: (r) => r.idMasked },
    { header: "性别", width: 6, value: (r) => GENDER_LABELS[r.gender] },
    { header: "出生日期", width: 12, value: (r) => date(r.birthDate) },
    { header: "手机号码", width: 14, text: true, value: (r) => maskMobile(r.mobile) },
    { header: "固定电话", width: 16, text: true, value: (r) => maskMobile(r.landline) },
    { header: "户籍地址", width: 30, value: (r) => maskAddress(r.hukouAddress) },
    { header: "户籍村（社区）", width: 24, value: (r) => r.orgUnit.name },
    { header: "是否去世", width: 8, value: (r) => (r.isDeceased ? "是" : "否") },
  ];
  return sheetOf(EXPORTABLE_LISTS.persons, columns, rows);
}

export const LIST_SHEETS: Record<ExportableList, (scope: Scope, f: ListFilter) => Promise<ExportSheet>> = {
  persons: personListSheet,
  profiles: profileListSheet,
};
