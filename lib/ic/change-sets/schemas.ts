// IC-09 change sets: the proposal a clerk composes and the review commands on it. Client-safe.
import { z } from "zod";
import type { ProfileGroupKey, SubjectCategory } from "@/lib/generated/prisma/enums";
import { optionalField } from "@/lib/core/validators/common";
import { nameSchema } from "@/lib/core/validators/name";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import { Defects } from "@/lib/ic/review/schemas";

/**
 * IC-09 core groups. The ID number cannot change (it is the person's identity, X-20: a wrong one
 * means a different person) and the hukou unit moves by transfer (IC-11); contact fields are
 * edited directly (lib/persons updatePersonContact).
 */
export const CORE_GROUP_KEYS = ["SERVICE", "MERIT", "PLACEMENT", "DISABILITY", "SURVIVOR", "ACTIVE_SERVICEMAN"] as const satisfies readonly ProfileGroupKey[];
export type CoreGroupKey = (typeof CORE_GROUP_KEYS)[number];

const CATEGORY_KEYS = Object.keys(CATEGORY_LABELS) as [SubjectCategory, ...SubjectCategory[]];
const category = z.enum(CATEGORY_KEYS, { error: "人员类别无效" });

/** What a change set proposes; absent keys stay as they are. Stored as ProfileChangeSet.proposed. */
export const ChangeProposal = z.object({
  name: z.string().optional(),
  categories: z.array(category).optional(),
  primaryCategory: category.optional(),
  otherCategoryNote: z.string().max(200).nullable().optional(),
  groups: z.partialRecord(z.enum(CORE_GROUP_KEYS), z.object({ data: z.record(z.string(), z.unknown()), markedNone: z.boolean() })).optional(),
});
export type ChangeProposal = z.infer<typeof ChangeProposal>;

/**
 * The compose form: name and categories, and at most one core group per change set (keeps the
 * review readable). "" / unticked means "no change".
 */
export const ChangeSetCreateInput = z
  .object({
    profileId: z.string().min(1),
    summary: z.string().trim().min(2, "请填写变更原因（至少2个字）").max(200, "不超过200字"),
    name: optionalField(nameSchema),
    changeCategories: z.boolean().default(false),
    // A checkbox group reports `false` when nothing is ticked.
    categories: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []), z.array(category)).optional(),
    primaryCategory: z.preprocess((v) => (v === "" ? undefined : v), category.optional()),
    otherCategoryNote: z.string().trim().max(200, "不超过200字").optional(),
    groupKey: z.preprocess((v) => (v === "" ? undefined : v), z.enum(CORE_GROUP_KEYS).optional()),
    groupData: z.record(z.string(), z.unknown()).optional(),
    groupMarkedNone: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.changeCategories) {
      const categories = v.categories ?? [];
      if (categories.length === 0) ctx.addIssue({ code: "custom", path: ["categories"], message: "至少选择一个人员类别" });
      if (!v.primaryCategory || !categories.includes(v.primaryCategory)) {
        ctx.addIssue({ code: "custom", path: ["primaryCategory"], message: "主类别须为所选类别之一" });
      }
      if (categories.includes("OTHER") && (v.otherCategoryNote?.length ?? 0) < 2) {
        ctx.addIssue({ code: "custom", path: ["otherCategoryNote"], message: "选择“其他人员”时请写明说明" });
      }
    }
    if (!v.name && !v.changeCategories && !v.groupKey) ctx.addIssue({ code: "custom", path: ["summary"], message: "请至少填写一项变更内容" });
  });
export type ChangeSetCreateInput = z.input<typeof ChangeSetCreateInput>;

export const ChangeSetRef = z.object({ changeSetId: z.string().min(1), version: z.number().int().nonnegative() });
export type ChangeSetRef = z.input<typeof ChangeSetRef>;

export const ChangeSetApproveInput = ChangeSetRef.extend({ action: z.enum(["approveInitial", "approveDistrict", "approveCity"]) });
export type ChangeSetApproveInput = z.input<typeof ChangeSetApproveInput>;

export const ChangeSetReturnInput = ChangeSetRef.extend({ defects: Defects });
export type ChangeSetReturnInput = z.input<typeof ChangeSetReturnInput>;
