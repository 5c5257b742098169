// X-21 import template for persons/profiles (basic + categories): the columns in one place, shared
// by the template, the parser, the row validator and the error workbook. Client-safe.
import type { HeaderSpec } from "@/lib/core/xlsx/read-sheet";

export const IMPORT_KIND = "IC_PROFILE";
export const TEMPLATE_ID = "IC-PROFILE";
/** Bump when columns change; older files are refused with a "download the new template" message. */
export const TEMPLATE_VERSION = "IC-PROFILE-2024-1";
export const ACCEPTED_VERSIONS: readonly string[] = [TEMPLATE_VERSION];

/** X-22 limits. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export type ImportColumnKey =
  | "idNumber" | "name" | "mobile" | "landline" | "unit" | "primaryCategory" | "category2" | "category3"
  | "otherCategoryNote" | "hukouAddress";

export type ImportColumn = HeaderSpec & { key: ImportColumnKey; required?: boolean; width: number; text?: boolean; note: string };

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: "idNumber", header: "身份证号", required: true, width: 22, text: true, note: "18位；15位旧号码将自动升位并标记待核实（X-24）" },
  { key: "name", header: "姓名", required: true, width: 12, note: "汉字、间隔号“·”或英文字母，不超过30字" },
  { key: "mobile", header: "手机号码", width: 15, text: true, note: "11位手机号；手机号码和固定电话至少填写一项" },
  { key: "landline", header: "固定电话", width: 16, text: true, note: "如 0532-12345678；只填7-8位号码时自动加区号0532" },
  {
    key: "unit", header: "户籍村（社区）代码", aliases: ["户籍地单位代码", "户籍村（社区）", "户籍地单位"], required: true, width: 20, text: true,
    note: "12位村（社区）代码，或单位全称；户籍村不明确时填镇（街道）；须在本单位管辖范围内",
  },
  { key: "primaryCategory", header: "主要人员类别", required: true, width: 22, note: "从下拉列表选择" },
  { key: "category2", header: "其他人员类别1", width: 22, note: "可选，从下拉列表选择" },
  { key: "category3", header: "其他人员类别2", width: 22, note: "可选，从下拉列表选择" },
  { key: "otherCategoryNote", header: "其他人员说明", width: 24, note: "人员类别含“其他人员”时必填，不超过200字" },
  { key: "hukouAddress", header: "户籍地址", width: 36, note: "不超过120字" },
];

export const COLUMN_HEADER: Record<ImportColumnKey, string> = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ImportColumnKey,
  string
>;

/** The column appended to the error workbook. */
export const ERROR_COLUMN_HEADER = "错误说明";
