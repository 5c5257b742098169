// What a profile must contain (pure; client-safe; unit-tested). IC-03 checklist, IC-04 groups,
// IC-05 completeness and IC-06 cross-field checks, from the categories and the data entered.
import type { DocType, Gender, ProfileGroupKey, SubjectCategory, YesNoNA } from "@/lib/generated/prisma/enums";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { hasGroup } from "./categories";
import { DOC_TYPE_LABELS } from "./labels";
import { GROUPS, GROUP_ORDER, readGroup, type GroupRow, type GroupRows } from "./groups/index";
import { isFilled, type FieldIssue, type GroupContext } from "./groups/fields";
import { isWorkingAge } from "./groups/employment";
import { CERT_REQUIRED_LEVELS, MERIT_LEVEL_LABELS, type MeritDoc } from "./groups/merit";
import { serviceOptional, type ServiceDoc } from "./groups/service";
import type { BasicDoc } from "./groups/basic";
import { crossFieldChecks } from "./groups/cross-checks";

export { crossFieldChecks, readGroup, type FieldIssue, type GroupRow, type GroupRows };

export type PersonFacts = { birthDate: string; gender: Gender; isDeceased: boolean; hasPhone: boolean };
export type DocumentRow = { docType: DocType; itemKey: string; provided: YesNoNA; naReason: string | null; attachmentCount: number };
export type RequiredDocument = { docType: DocType; itemKey: string; label: string };

// ---- IC-04: which groups apply --------------------------------------------------------------

/** IC-04: groups that do not apply to the categories are hidden (SPEC §3.1.2 "Required when"). */
export function applicableGroups(categories: readonly SubjectCategory[], person: Omit<PersonFacts, "hasPhone">, today = todayInShanghai()): ProfileGroupKey[] {
  const veteran = hasGroup(categories, "VETERAN");
  const applies: Record<ProfileGroupKey, boolean> = {
    BASIC: true,
    ORG_SOCIAL: true,
    SERVICE: veteran,
    MERIT: veteran,
    PLACEMENT: veteran,
    // Errata A3 / EMP-03: the employment status is taken for living veterans of working age.
    EMPLOYMENT: veteran && !person.isDeceased && isWorkingAge(person, today),
    EDUCATION: veteran,
    // §6.1.2 g names 伤残军人; SPEC (Rec.) extends the disability block to 伤残民兵民工.
    DISABILITY: categories.includes("DISABLED_VETERAN") || categories.includes("DISABLED_MILITIA_LABOURER"),
    SURVIVOR: hasGroup(categories, "SURVIVOR"),
    ACTIVE_SERVICEMAN: hasGroup(categories, "RELATIVE"),
    COMMENDATION: true,
    HARDSHIP: true,
  };
  return GROUP_ORDER.filter((k) => applies[k]);
}

export function groupContext(categories: readonly SubjectCategory[], person: Omit<PersonFacts, "hasPhone">, groups: GroupRows, today = todayInShanghai()): GroupContext {
  const basic = readGroup("BASIC", groups.BASIC).doc as BasicDoc;
  return { categories, person, basic: { politicalStatus: basic.politicalStatus, education: basic.education }, today };
}

// ---- IC-03: the source-document checklist (§6.1.2 a–h) --------------------------------------

export function requiredDocuments(categories: readonly SubjectCategory[], groups: GroupRows, person: Omit<PersonFacts, "hasPhone">): RequiredDocument[] {
  const applicable = new Set(applicableGroups(categories, person));
  const docs: RequiredDocument[] = [];
  const add = (docType: DocType, itemKey = "", label: string = DOC_TYPE_LABELS[docType]) => docs.push({ docType, itemKey, label });
  add("ID_CARD");
  add("HUKOU_BOOKLET");
  if (hasGroup(categories, "VETERAN")) {
    // Errata A1: nobody can show a certificate for service recorded as "never served" (reform
    // converted staff) or for records whose certificate type is "无（已核实）".
    const service = readGroup("SERVICE", groups.SERVICE).doc as ServiceDoc;
    const neverServed = Boolean(groups.SERVICE?.markedNone) && serviceOptional(categories);
    const noCert = service.items.length > 0 && service.items.every((i) => i.dischargeCertType === "NONE");
    if (!neverServed && !noCert) add("DISCHARGE_CERT");
  }
  add("PHOTO");
  // Required unless the person has no formal education; while education is unset it is expected.
  const basic = readGroup("BASIC", groups.BASIC).doc as BasicDoc;
  if (basic.education !== "NONE") add("EDUCATION_CERT");
  if (applicable.has("MERIT")) {
    const merit = readGroup("MERIT", groups.MERIT).doc as MeritDoc;
    merit.items.forEach((item, i) => {
      if (!CERT_REQUIRED_LEVELS.includes(item.level ?? "")) return;
      const level = MERIT_LEVEL_LABELS[item.level as keyof typeof MERIT_LEVEL_LABELS];
      add("MERIT_CERT", item.key ?? `#${i + 1}`, `${DOC_TYPE_LABELS.MERIT_CERT}（${level}${item.awardDate ? `，${item.awardDate}` : ""}）`);
    });
  }
  if (applicable.has("DISABILITY")) add("DISABILITY_CERT");
  if (applicable.has("SURVIVOR")) add("DEATH_CERT_AND_KINSHIP");
  return docs;
}

/** IC-03: provided = YES with at least one attachment, or NA with a reason. */
export function isDocumentProvided(row: Pick<DocumentRow, "provided" | "naReason" | "attachmentCount"> | undefined): boolean {
  if (!row) return false;
  if (row.provided === "YES") return row.attachmentCount > 0;
  if (row.provided === "NA") return Boolean(row.naReason?.trim());
  return false;
}

// ---- IC-05: completeness -------------------------------------------------------------------

export type GroupStatus = { required: number; filled: number; complete: boolean; markedNone: boolean; counts: boolean; missing: string[] };

export type AssessInput = {
  person: PersonFacts;
  categories: readonly SubjectCategory[];
  primaryCategory: SubjectCategory;
  otherCategoryNote?: string | null;
  groups: GroupRows;
  documents: readonly DocumentRow[];
  today?: string;
};

export type Assessment = {
  /** 0–100, floor of the mean of the field ratio and the document ratio (IC-05). */
  completeness: number;
  /** Chinese reasons the profile cannot be submitted yet (IC-03/04/05/06). */
  blockers: string[];
  fieldIssues: FieldIssue[];
  warnings: string[];
  applicableGroups: ProfileGroupKey[];
  groupStatus: Partial<Record<ProfileGroupKey, GroupStatus>>;
  documents: (RequiredDocument & { provided: boolean })[];
  fieldCounts: { required: number; filled: number };
  documentCounts: { required: number; provided: number };
};

const DECIDE = "填写本组信息或标记为“无”";

function statusOf(key: ProfileGroupKey, row: GroupRow | undefined, ctx: GroupContext, issues: FieldIssue[]): GroupStatus {
  const def = GROUPS[key];
  const counts = def.countsTowardCompleteness;
  if (row?.markedNone && def.noneAllowed(ctx)) return { required: 1, filled: 1, complete: true, markedNone: true, counts, missing: [] };
  if (row?.markedNone) issues.push({ group: key, field: "markedNone", message: "本组信息为必填项，不能标记为“无”，请填写" });
  const { doc, issues: bad } = readGroup(key, row);
  issues.push(...bad);
  let reqs = def.requiredFields(doc, ctx);
  // IC-04: a group with nothing strictly required still needs an answer: some data, or "无".
  if (reqs.length === 0 && counts) {
    const any = def.list ? (doc.items as unknown[]).length > 0 : def.fields.some((f) => isFilled(pathGet(doc, f.name)));
    reqs = [{ field: "", label: DECIDE, filled: any }];
  }
  const missing = reqs.filter((r) => !r.filled);
  for (const r of missing) if (r.field) issues.push({ group: key, field: r.field, message: `请填写${r.label}` });
  return { required: reqs.length, filled: reqs.length - missing.length, complete: missing.length === 0 && bad.length === 0, markedNone: false, counts, missing: missing.map((r) => r.label) };
}

export function pathGet(doc: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), doc);
}

export function assessProfile(input: AssessInput): Assessment {
  const today = input.today ?? todayInShanghai();
  const { person, categories, groups } = input;
  const ctx = groupContext(categories, person, groups, today);
  const applicable = applicableGroups(categories, person, today);
  const fieldIssues: FieldIssue[] = [];
  const blockers: string[] = [];
  const groupStatus: Partial<Record<ProfileGroupKey, GroupStatus>> = {};

  let required = 1;
  let filled = person.hasPhone ? 1 : 0;
  if (!person.hasPhone) fieldIssues.push({ group: "BASIC", field: "person.phone", message: "请在人员信息中登记手机号码或固定电话" });
  for (const key of applicable) {
    const s = statusOf(key, groups[key], ctx, fieldIssues);
    groupStatus[key] = s;
    if (!s.counts) continue;
    required += s.required;
    filled += s.filled;
    if (!s.complete) {
      const list = s.missing.length > 4 ? `${s.missing.slice(0, 4).join("、")}等${s.missing.length}项` : s.missing.join("、");
      blockers.push(s.missing.includes(DECIDE) ? `【${GROUPS[key].label}】请${DECIDE}` : `【${GROUPS[key].label}】未填写完整${list ? `：缺${list}` : "：存在无效数据"}`);
    }
  }

  const byKey = new Map(input.documents.map((d) => [`${d.docType}|${d.itemKey}`, d]));
  const documents = requiredDocuments(categories, groups, person).map((d) => ({ ...d, provided: isDocumentProvided(byKey.get(`${d.docType}|${d.itemKey}`)) }));
  const provided = documents.filter((d) => d.provided).length;
  for (const d of documents) if (!d.provided) blockers.push(`【材料】${d.label}未提供：请上传材料，或标记为“不适用”并说明原因`);

  const checks = crossFieldChecks({ person, categories, groups, applicable, today });
  fieldIssues.push(...checks.errors);
  for (const e of checks.errors) blockers.push(`【${e.group in GROUPS ? GROUPS[e.group as ProfileGroupKey].label : "档案"}】${e.message}`);

  if (categories.length === 0) blockers.push("请至少选择一个人员类别");
  else if (!categories.includes(input.primaryCategory)) blockers.push("主类别须为已选人员类别之一");
  if (categories.includes("OTHER") && !input.otherCategoryNote?.trim()) blockers.push("人员类别为“其他人员”的，须说明具体类别");
  if (!person.hasPhone) blockers.push("【基本信息】未登记联系电话");

  const fieldRatio = filled / required;
  const docRatio = documents.length ? provided / documents.length : 1;
  const completeness = Math.floor(((fieldRatio + docRatio) / 2) * 100);
  if (completeness < 100) blockers.unshift(`信息完整度为${completeness}%，须达到100%方可提交`);

  return {
    completeness, blockers, fieldIssues: dedupe(fieldIssues), warnings: checks.warnings.map((w) => w.message),
    applicableGroups: applicable, groupStatus, documents,
    fieldCounts: { required, filled }, documentCounts: { required: documents.length, provided },
  };
}

/** One message per field; a cross-field message (pushed last) replaces a plain "请填写". */
function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const map = new Map<string, FieldIssue>();
  for (const i of issues) map.set(`${i.group}|${i.field}`, i);
  return [...map.values()];
}
