// X-22 "validate each row with the same validators as the forms": the V-ID/V-NAME/V-MOB/V-TEL
// validators of lib/core/validators, plus the importer's 15→18 conversion (X-24, AMB-41).
// Pure: everything needing the database (units, duplicates) is resolved in resolve-rows.ts.
import type { SubjectCategory } from "@/lib/generated/prisma/enums";
import { validateImportedIdNumber } from "@/lib/core/validators/id-number";
import { nameWarnings, validateName } from "@/lib/core/validators/name";
import { validateMobile, validateTel } from "@/lib/core/validators/phone";
import { toHalfWidth } from "@/lib/core/validators/common";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import { ProfileCreateInput } from "@/lib/ic/profile-schemas";
import { COLUMN_HEADER as H, type ImportColumnKey } from "./columns";
import type { RowError } from "./row-types";

export type CheckedFields = {
  id?: { value: string; gender: "MALE" | "FEMALE"; birthDate: string; idConverted: boolean };
  name?: string;
  mobile: string | null;
  landline: string | null;
  hukouAddress: string | null;
  unitRef: string;
  categories?: SubjectCategory[];
  otherCategoryNote: string | null;
  errors: RowError[];
  warnings: string[];
};

// Keys and lookups are normalised the same way: half-width (the template's own labels carry
// full-width brackets), and without quotes, which hand typing of “三红”人员 often loses.
const normCategoryText = (s: string) => toHalfWidth(s).replace(/[“”"]/g, "").trim();

const CATEGORY_BY_TEXT = new Map<string, SubjectCategory>();
for (const [code, label] of Object.entries(CATEGORY_LABELS) as [SubjectCategory, string][]) {
  CATEGORY_BY_TEXT.set(normCategoryText(label), code);
  CATEGORY_BY_TEXT.set(code, code);
  // The short form without the bracketed gloss, e.g. 军转干部 for 军转干部（军队转业干部）.
  CATEGORY_BY_TEXT.set(normCategoryText(label.replace(/（.*）$/, "")), code);
}

export function parseCategory(text: string): SubjectCategory | undefined {
  const t = normCategoryText(text);
  return CATEGORY_BY_TEXT.get(t) ?? CATEGORY_BY_TEXT.get(t.toUpperCase());
}

export function checkRowFields(cells: Record<string, string>, lossy: readonly string[], today?: Date): CheckedFields {
  const errors: RowError[] = [];
  const warnings: string[] = [];
  const err = (key: ImportColumnKey, message: string) => errors.push({ column: H[key], message });
  const cell = (key: ImportColumnKey) => (cells[key] ?? "").trim();
  const out: CheckedFields = { mobile: null, landline: null, hukouAddress: null, unitRef: cell("unit"), otherCategoryNote: null, errors, warnings };

  if (lossy.includes("idNumber")) {
    err("idNumber", "身份证号被Excel存成了数字，末几位已丢失：请把该列设为“文本”格式后重新填写");
  } else {
    const id = validateImportedIdNumber(cell("idNumber"), { today });
    if (!id.ok) err("idNumber", id.error);
    else {
      out.id = { value: id.value, gender: id.gender, birthDate: id.birthDate, idConverted: id.idConverted };
      if (id.idConverted) warnings.push(`15位身份证号已升位为18位（${id.value.slice(0, 6)}…${id.value.slice(-4)}），导入后须核实（X-24）`);
      if (id.regionWarning) warnings.push(id.regionWarning);
    }
  }

  const name = validateName(cell("name"));
  if (!name.ok) err("name", name.error);
  else {
    out.name = name.value;
    warnings.push(...nameWarnings(name.value));
  }

  if (cell("mobile")) {
    const m = validateMobile(cell("mobile"));
    if (m.ok) out.mobile = m.value;
    else err("mobile", m.error);
  }
  if (cell("landline")) {
    const t = validateTel(cell("landline"));
    if (t.ok) out.landline = t.value;
    else err("landline", t.error);
  }
  // Same rule as the person form (lib/persons/services createPerson).
  if (!cell("mobile") && !cell("landline")) err("mobile", "手机号码和固定电话至少填写一项");

  const address = cell("hukouAddress");
  if (address.length > 120) err("hukouAddress", "户籍地址不超过120个字");
  else out.hukouAddress = address || null;

  if (!out.unitRef) err("unit", "请填写户籍村（社区）代码或名称");

  out.categories = checkCategories(cells, err);
  const note = cell("otherCategoryNote");
  if (out.categories?.includes("OTHER")) {
    // §3.1.1: "其他人员" needs a free-text description.
    if (!note) err("otherCategoryNote", "人员类别含“其他人员”时须填写说明");
    else if ([...note].length > 200) err("otherCategoryNote", "其他人员说明不超过200字");
    else out.otherCategoryNote = note;
  }
  if (out.categories && errors.length === 0) {
    // The profile form's own schema as the last gate, so import and form can never disagree.
    const parsed = ProfileCreateInput.safeParse({
      personId: "import", categories: out.categories, primaryCategory: out.categories[0], otherCategoryNote: out.otherCategoryNote ?? undefined, collectionChannel: "IMPORT",
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) err(issue.path[0] === "otherCategoryNote" ? "otherCategoryNote" : "primaryCategory", issue.message);
    }
  }
  return out;
}

function checkCategories(cells: Record<string, string>, err: (key: ImportColumnKey, message: string) => void): SubjectCategory[] | undefined {
  const keys = ["primaryCategory", "category2", "category3"] as const;
  const result: SubjectCategory[] = [];
  let ok = true;
  for (const key of keys) {
    const text = (cells[key] ?? "").trim();
    if (!text) {
      if (key === "primaryCategory") {
        err(key, "请选择主要人员类别");
        ok = false;
      }
      continue;
    }
    const code = parseCategory(text);
    if (!code) {
      err(key, `无法识别的人员类别“${text.slice(0, 20)}”，请从下拉列表中选择`);
      ok = false;
    } else if (result.includes(code)) {
      err(key, `人员类别“${CATEGORY_LABELS[code]}”重复填写`);
      ok = false;
    } else result.push(code);
  }
  // The first one is the primary category (AMB-04: multi-valued with one primary).
  return ok && result.length > 0 ? result : undefined;
}
