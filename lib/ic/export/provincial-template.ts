import "server-only";
import { db } from "@/lib/core/db";
import type { Column } from "@/lib/core/xlsx/workbook";
import { CATEGORY_LABELS, INACTIVE_REASON_LABELS } from "@/lib/ic/labels";
import { GENDER_LABELS } from "@/lib/persons/labels";
import type { Gender, InactiveReason, ProfileStatus, SubjectCategory } from "@/lib/generated/prisma/enums";

// AMB-26: the provincial centre has published no format, so the file follows a configurable
// template. Templates are versioned; the version used is stored on each ProfileExportBatch and in
// the file's hidden version sheet, so a changed template never silently re-shapes old batches.

export type ProvincialRow = {
  fileNo: string | null;
  name: string;
  idNumber: string;
  gender: Gender;
  birthDate: Date;
  primaryCategory: SubjectCategory;
  categories: SubjectCategory[];
  unitCode: string;
  phone: string | null;
  status: ProfileStatus;
  inactiveReason: InactiveReason | null;
};

export type ProvincialTemplate = { version: string; sheetName: string; columns: readonly Column<ProvincialRow>[] };

const PROV_2024_1: ProvincialTemplate = {
  version: "PROV-2024-1",
  sheetName: "退役军人信息采集上报",
  columns: [
    { header: "电子档案编号", width: 20, text: true, value: (r) => r.fileNo },
    { header: "姓名", width: 12, value: (r) => r.name },
    { header: "公民身份号码", width: 22, text: true, value: (r) => r.idNumber },
    { header: "性别", width: 6, value: (r) => GENDER_LABELS[r.gender] },
    { header: "出生日期", width: 12, text: true, value: (r) => r.birthDate.toISOString().slice(0, 10) },
    // Primary category first, then the others (AMB-04), separated by the Chinese enumeration comma.
    { header: "人员类别", width: 36, value: (r) => [r.primaryCategory, ...r.categories.filter((c) => c !== r.primaryCategory)].map((c) => CATEGORY_LABELS[c]).join("、") },
    { header: "户籍地行政区划代码", width: 16, text: true, value: (r) => r.unitCode },
    { header: "联系电话", width: 16, text: true, value: (r) => r.phone },
    { header: "状态", width: 16, value: (r) => (r.status === "INACTIVE" ? `注销（${r.inactiveReason ? INACTIVE_REASON_LABELS[r.inactiveReason] : "其他"}）` : "在册") },
  ],
};

export const PROVINCIAL_TEMPLATES: Readonly<Record<string, ProvincialTemplate>> = { [PROV_2024_1.version]: PROV_2024_1 };
export const DEFAULT_PROVINCIAL_TEMPLATE = PROV_2024_1.version;
const CONFIG_KEY = "ic.provincialTemplateVersion";

/** X-43 Config row `ic.provincialTemplateVersion` picks the template; an unknown value falls back to the default. */
export async function currentProvincialTemplate(): Promise<ProvincialTemplate> {
  const row = await db.config.findFirst({
    where: { key: CONFIG_KEY, scopeOrgUnitId: null, effectiveFrom: { lte: new Date() } },
    orderBy: { effectiveFrom: "desc" },
  });
  const version = typeof row?.value === "string" ? row.value : DEFAULT_PROVINCIAL_TEMPLATE;
  return PROVINCIAL_TEMPLATES[version] ?? PROV_2024_1;
}
