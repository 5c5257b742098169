// §6.1.4 / SPEC §3.1.4: the profile review machine as data. lib/core/workflow.ts enforces it
// (state, role, level, guards, four-eyes ORG-30) and writes history + audit; screens ask
// availableTransitions() which buttons to show.
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type ProfileAction =
  | "submit" | "approveInitial" | "approveDistrict" | "approveCity" | "return"
  | "export" | "provincialReject" | "deactivate";

/**
 * Facts the guards read, computed by the service before firing:
 * - blockers: IC-03/04/05/06 problems that stop a submission (empty when 100 % complete);
 * - initialReviewUnitId: the owning village, or its town when the village has no active
 *   reviewer (AMB-05) — only a reviewer of that unit does the initial review;
 * - hasPaperFile: IC-07, recorded before the initial approval.
 */
export type ProfileFacts = { blockers?: string[]; initialReviewUnitId?: string; hasPaperFile?: boolean };

const facts = (ctx: GuardContext<ProfileStatus>) => (ctx.record.facts ?? {}) as ProfileFacts;

/**
 * AMB-05: only a reviewer of the initial-review unit (the owning village, or its town when the
 * village has no active reviewer) does the initial step. Shared with the change-set machine (IC-09).
 */
export function initialReviewerRefusal<S extends string>(ctx: GuardContext<S>): string | null {
  const unitId = (ctx.record.facts as ProfileFacts | undefined)?.initialReviewUnitId;
  return ctx.actor.orgUnitId && ctx.actor.orgUnitId === unitId ? null : "初审应由户籍所在村（社区）审核人员办理，村（社区）无审核人员时由镇（街道）办理";
}

const isInitialReviewer = (ctx: GuardContext<ProfileStatus>) => initialReviewerRefusal(ctx);

export const profileWorkflow = defineWorkflow<ProfileStatus, ProfileAction>({
  entityType: "SubjectProfile",
  transitions: [
    {
      from: ["DRAFT", "RETURNED"], action: "submit", to: "PENDING_INITIAL", label: "提交审核", kind: "submit",
      roles: ["CLERK", "REVIEWER"],
      guard: (ctx) => {
        const b = facts(ctx).blockers ?? [];
        return b.length ? `尚不能提交：${b.slice(0, 3).join("；")}${b.length > 3 ? ` 等${b.length}项` : ""}` : null;
      },
    },
    {
      from: ["PENDING_INITIAL"], action: "approveInitial", to: "PENDING_DISTRICT", label: "初审通过", kind: "approve",
      roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"],
      guard: (ctx) => isInitialReviewer(ctx) ?? (facts(ctx).hasPaperFile ? null : "请先登记纸质档案存放位置（IC-07）"),
    },
    { from: ["PENDING_DISTRICT"], action: "approveDistrict", to: "PENDING_CITY", label: "区级审核通过", kind: "approve", roles: ["REVIEWER"], levels: ["DISTRICT"] },
    { from: ["PENDING_CITY"], action: "approveCity", to: "CITY_APPROVED", label: "市级审核通过", kind: "approve", roles: ["REVIEWER"], levels: ["CITY"] },
    { from: ["PENDING_INITIAL"], action: "return", to: "RETURNED", label: "退回", kind: "return", roles: ["REVIEWER"], levels: ["VILLAGE", "TOWN"], reasonRequired: true, guard: isInitialReviewer },
    { from: ["PENDING_DISTRICT"], action: "return", to: "RETURNED", label: "退回", kind: "return", roles: ["REVIEWER"], levels: ["DISTRICT"], reasonRequired: true },
    { from: ["PENDING_CITY"], action: "return", to: "RETURNED", label: "退回", kind: "return", roles: ["REVIEWER"], levels: ["CITY"], reasonRequired: true },
    // Errata A4: the city admin creates the provincial export batch and records rejections.
    { from: ["CITY_APPROVED"], action: "export", to: "EXPORTED", label: "上报省级", kind: "other", roles: ["ADMIN"], levels: ["CITY"] },
    { from: ["EXPORTED"], action: "provincialReject", to: "CITY_APPROVED", label: "登记省级退回", kind: "other", roles: ["ADMIN"], levels: ["CITY"], reasonRequired: true },
    {
      from: ["CITY_APPROVED", "EXPORTED"], action: "deactivate", to: "INACTIVE", label: "注销", kind: "other",
      roles: ["REVIEWER"], levels: ["TOWN", "DISTRICT"], reasonRequired: true,
    },
  ],
});

/** Working-day targets per review step (Rec., R-IC-2): initial 5, district 10, city 10. */
export const STAGE_TARGET_WORKING_DAYS: Partial<Record<ProfileStatus, number>> = {
  PENDING_INITIAL: 5,
  PENDING_DISTRICT: 10,
  PENDING_CITY: 10,
};

export const ACTIVE_STATUSES: ProfileStatus[] = ["CITY_APPROVED", "EXPORTED"];
