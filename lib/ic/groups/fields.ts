// Shared building blocks of the content-group documents (§6.1.3, SPEC §3.1.2). Client-safe: the
// same schemas validate the tab forms in the browser and the stored JSON on the server.
//
// Every field is optional so a group can be saved as a draft at any time (IC-04/IC-05 decide what
// is missing); a value that IS present must be valid. Form inputs arrive as strings ("" = not
// given), stored documents as JSON, so each field accepts both.
import { z } from "zod";
import type { Gender, SubjectCategory } from "@/lib/generated/prisma/enums";
import { isValidDateString, todayInShanghai } from "@/lib/core/calendar-math";
import { toHalfWidth } from "@/lib/core/validators/common";
import { phoneSchema } from "@/lib/core/validators/phone";
import { bankAccountSchema } from "@/lib/core/validators/money-bank";

export type Option = { value: string; label: string };

export function optionsOf(labels: Readonly<Record<string, string>>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

export function keysOf<K extends string>(labels: Readonly<Record<K, string>>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

/** How a field is rendered; the form is generated from these descriptors. */
export type FieldKind = "text" | "textarea" | "date" | "select" | "bool" | "year" | "multi";

export type FieldDef = {
  /** Path inside the document (list groups: inside one item), e.g. "bankInfo.accountNo". */
  name: string;
  label: string;
  kind: FieldKind;
  options?: readonly Option[];
  maxLength?: number;
  hint?: string;
  /** Spans the full row of the grid. */
  wide?: boolean;
};

/** Facts about the person and the profile that decide which fields are required. */
export type GroupContext = {
  categories: readonly SubjectCategory[];
  person: { birthDate: string; gender: Gender; isDeceased: boolean };
  /** The BASIC document: political status drives IC-06(2), education drives EDUCATION_CERT. */
  basic: { politicalStatus?: string; education?: string };
  today: string;
};

export type RequiredField = { field: string; label: string; filled: boolean };

/** A problem to show next to a field of a group (`field` is a path in the group document). */
export type FieldIssue = { group: string; field: string; message: string };

export function isFilled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === "string") return v.trim() !== "";
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** One required-field entry; `when` false means the field is not required in this case. */
export function need(doc: Record<string, unknown>, field: string, label: string, when = true, prefix = ""): RequiredField[] {
  return when ? [{ field: prefix + field, label, filled: isFilled(doc[field]) }] : [];
}

// ---- field schemas ---------------------------------------------------------------------------

/** Blank strings and nulls mean "not given"; §0.4 str(n): full-width ASCII becomes half-width. */
function blank(v: unknown, halfWidth = true): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string") return v;
  const t = (halfWidth ? toHalfWidth(v) : v).trim();
  return t === "" ? undefined : t;
}

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** str(n). */
export const optText = (max: number) =>
  z.preprocess((v) => blank(v), z.string({ error: "格式错误" }).max(max, `不超过${max}个字`).optional());

/** text: long prose keeps Chinese punctuation as typed (only str(n) is normalised, §0.4). */
export const optLongText = (max = 2000) =>
  z.preprocess((v) => blank(v, false), z.string({ error: "格式错误" }).max(max, `不超过${max}个字`).optional());

/** V-DATE-PAST (§0.5): a calendar date no later than today (Asia/Shanghai). */
export const optPastDate = () =>
  z.preprocess(
    (v) => blank(v),
    z
      .string({ error: "日期格式错误" })
      .regex(DATE_RE, "日期格式应为“年-月-日”，如 2001-12-01")
      .refine(isValidDateString, "日期无效")
      .refine((d) => d >= "1900-01-01", "日期不能早于1900年")
      .refine((d) => d <= todayInShanghai(), "日期不能晚于今天")
      .optional(),
  );

export const optEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => blank(v), z.enum(values, { error: "请从列表中选择" }).optional());

/** Yes/no as a select: "true"/"false" from the form, booleans from storage. */
export const optBool = () =>
  z.preprocess(
    (v) => (v === "true" ? true : v === "false" ? false : blank(v)),
    z.boolean({ error: "请选择“是”或“否”" }).optional(),
  );

export const optYear = (min: number) =>
  z.preprocess(
    (v) => {
      const b = blank(v);
      return typeof b === "string" && /^\d+$/.test(b) ? Number(b) : b;
    },
    z
      .number({ error: "请填写4位年份" })
      .int("请填写4位年份")
      .min(min, `年份不能早于${min}年`)
      .refine((y) => y <= Number(todayInShanghai().slice(0, 4)), "年份不能晚于今年")
      .optional(),
  );

/** A checkbox group: react-hook-form reports `false` when nothing is ticked. */
export const optMulti = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? (v.length ? v : undefined) : typeof v === "string" && v ? [v] : undefined),
    z.array(z.enum(values, { error: "请从列表中选择" })).optional(),
  );

/** V-PHONE. */
export const optPhone = () => z.preprocess((v) => blank(v), phoneSchema.optional());

/** V-BANK (the Luhn check is only a warning, shown by the form). */
export const optBankAccount = () => z.preprocess((v) => blank(v), bankAccountSchema.optional());

/**
 * A stable key per list item: the MERIT_CERT checklist row of an award is keyed by it
 * (SourceDocumentCheck.itemKey), so removing another award never re-targets its documents.
 */
export const itemKey = () =>
  z.preprocess((v) => blank(v), z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "条目标识无效").optional());

/** 1:n groups (SERVICE, MERIT, COMMENDATION) store `{ items: [...] }`. */
export const listOf = <T extends z.ZodType>(item: T, max = 30) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : v), z.array(item).max(max, `最多${max}条`));

/** Works over http too, where crypto.randomUUID is unavailable (it needs a secure context). */
export function newItemKey(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

// ---- the group definition ------------------------------------------------------------------

export type GroupDef = {
  label: string;
  /** The stored document's schema (drafts allowed). */
  schema: z.ZodType<Record<string, unknown>>;
  /** Field labels (Chinese), by path. */
  labels: Readonly<Record<string, string>>;
  /** Form layout; for list groups these are the fields of one item. */
  fields: readonly FieldDef[];
  /** 1:n group stored as { items: [...] }. */
  list: boolean;
  /** Short help shown above the form. */
  description?: string;
  /** IC-05: required fields for this document and context (paths like "items.0.enlistmentDate"). */
  requiredFields(doc: Record<string, unknown>, ctx: GroupContext): RequiredField[];
  /** IC-04: whether "无" (nothing to report) is an acceptable answer here. */
  noneAllowed(ctx: GroupContext): boolean;
  /** Errata A3: derived groups are shown but do not count toward completeness. */
  countsTowardCompleteness: boolean;
  /** Paths stored hashed in audit diffs (ORG-26 SENSITIVE). */
  sensitive: readonly string[];
};

export function defineGroup<S extends z.ZodType<Record<string, unknown>>>(def: Omit<GroupDef, "schema" | "requiredFields"> & {
  schema: S;
  requiredFields(doc: z.output<S>, ctx: GroupContext): RequiredField[];
}): GroupDef {
  return { ...def, requiredFields: (doc, ctx) => def.requiredFields(doc as z.output<S>, ctx) };
}

/** Required fields of every item of a list group, with "items.<i>." paths. */
export function itemsNeed<T extends Record<string, unknown>>(items: readonly T[], each: (item: T, prefix: string) => RequiredField[]): RequiredField[] {
  return items.flatMap((item, i) => each(item, `items.${i}.`));
}
