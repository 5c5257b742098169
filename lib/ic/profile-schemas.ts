// Commands of the collection file (SPEC §3.1.2–3.1.3). Client-safe: the forms validate with the
// same schemas as the actions (STYLE.md "Forms").
import { z } from "zod";
import type { ProfileGroupKey } from "@/lib/generated/prisma/enums";
import { idNumberSchema } from "@/lib/core/validators/id-number";
import { PersonCreateInput } from "@/lib/persons/schemas";
import { CATEGORY_LABELS, CHANNEL_LABELS } from "./labels";
import { GROUPS, GROUP_ORDER } from "./groups/index";
import { keysOf } from "./groups/fields";

const category = z.enum(keysOf(CATEGORY_LABELS), { error: "请选择人员类别" });

/** A checkbox group posts a string for one tick and `false` for none. */
const categoryList = z.preprocess(
  (v) => (Array.isArray(v) ? [...new Set(v)] : typeof v === "string" && v ? [v] : []),
  z.array(category).min(1, "请至少选择一个人员类别").max(16),
);

const categoryFields = {
  categories: categoryList,
  primaryCategory: category,
  otherCategoryNote: z.preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v ?? undefined), z.string().max(200, "说明不超过200字").optional()),
};

type CategoryFields = { categories: string[]; primaryCategory: string; otherCategoryNote?: string };

/** §3.1.1: exactly one primary among the chosen categories; "其他人员" needs a description. */
function checkCategories(v: CategoryFields, ctx: z.RefinementCtx) {
  if (!v.categories.includes(v.primaryCategory)) ctx.addIssue({ code: "custom", path: ["primaryCategory"], message: "主类别须为已选择的人员类别之一" });
  if (v.categories.includes("OTHER") && !v.otherCategoryNote) ctx.addIssue({ code: "custom", path: ["otherCategoryNote"], message: "选择“其他人员”时须说明具体类别" });
}

export const collectionChannel = z.enum(keysOf(CHANNEL_LABELS), { error: "请选择采集方式" });

export const ProfileCreateInput = z
  .object({ personId: z.string().min(1, "请先选择人员"), ...categoryFields, collectionChannel })
  .superRefine(checkCategories);
export type ProfileCreateInput = z.input<typeof ProfileCreateInput>;

/** /ic/new when the ID number is not registered yet: the person and the file in one step. */
export const PersonAndProfileCreateInput = z
  .object({ person: PersonCreateInput, ...categoryFields, collectionChannel })
  .superRefine(checkCategories);
export type PersonAndProfileCreateInput = z.input<typeof PersonAndProfileCreateInput>;

export const ProfileLookupInput = z.object({ idNumber: idNumberSchema });

export const UpdateCategoriesInput = z
  .object({ profileId: z.string().min(1), version: z.number().int().nonnegative(), ...categoryFields })
  .superRefine(checkCategories);
export type UpdateCategoriesInput = z.input<typeof UpdateCategoriesInput>;

// ---- saving one content group ----------------------------------------------------------------

const saveBase = {
  profileId: z.string().min(1),
  version: z.number().int().nonnegative(),
  /** IC-04: "无" (nothing to report); the data is then cleared. */
  markedNone: z.boolean().default(false),
  /** BASIC only: the masked bank account is posted blank for "unchanged"; this removes it. */
  clearBankAccount: z.boolean().optional(),
};

function saveOption<K extends ProfileGroupKey>(key: K) {
  return z.object({ ...saveBase, group: z.literal(key), data: GROUPS[key].schema });
}

/**
 * One option per group, so validation errors come back with paths such as
 * `data.items.0.enlistmentDate` and land on the field that caused them.
 */
export const SaveProfileGroupInput = z.discriminatedUnion(
  "group",
  GROUP_ORDER.map(saveOption) as unknown as [ReturnType<typeof saveOption>, ...ReturnType<typeof saveOption>[]],
);
export type SaveProfileGroupInput = z.input<typeof SaveProfileGroupInput>;
