// "一人一档一卡一策" commands (IC-07, IC-08, §3.1.2 ServicePlan / ContactServiceCard). Client-safe:
// the forms validate with the same schemas.
import { z } from "zod";
import { addMonthsClamped, isValidDateString } from "@/lib/core/calendar-math";
import { phoneSchema } from "@/lib/core/validators/phone";
import { PLAN_NEED_LABELS } from "@/lib/ic/labels";

const id = z.string().min(1);
const version = z.number().int().nonnegative();
const date = (label: string) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).refine(isValidDateString, `${label}不是有效日期`);
const code = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}个字`);

/** IC-07: where the paper folder sits. Stored as-is in SubjectProfile.paperFile. */
export const PaperFileLocation = z.object({
  custodianOrgUnitId: z.string({ error: "请选择保管单位" }).min(1, "请选择保管单位"),
  room: code("档案室", 30),
  cabinetNo: code("柜号", 10),
  boxNo: code("盒号", 10),
  itemNo: code("件号", 10),
  lastCheckedOn: date("最近核查日期"),
});
export type PaperFileLocation = z.infer<typeof PaperFileLocation>;

export const PaperFileInput = PaperFileLocation.extend({ profileId: id });
export type PaperFileInput = z.input<typeof PaperFileInput>;

export const CardIssueInput = z.object({
  profileId: id,
  staffId: z.string({ error: "请选择联系人" }).min(1, "请选择联系人"),
  officePhone: phoneSchema,
  windowNo: z.string().trim().max(10, "窗口号不超过10个字").optional(),
});
export type CardIssueInput = z.input<typeof CardIssueInput>;

export const PLAN_NEEDS = Object.keys(PLAN_NEED_LABELS) as [keyof typeof PLAN_NEED_LABELS, ...(keyof typeof PLAN_NEED_LABELS)[]];
export type PlanNeed = (typeof PLAN_NEEDS)[number];

/** §3.1.2: the next review is at most 12 months after the date it is counted from. */
export function reviewDateProblem(from: string, next: string): string | null {
  if (!isValidDateString(from) || !isValidDateString(next)) return null; // reported by the date fields
  if (next <= from) return "下次回访日期应晚于开始（回访）日期";
  if (next > addMonthsClamped(from, 12)) return "下次回访日期不得晚于开始（回访）日期后12个月";
  return null;
}

export const PlanSaveInput = z
  .object({
    profileId: id,
    /** Absent: a new plan; present (with its version): an edit. */
    planId: z.string().optional(),
    version: version.optional(),
    needs: z.array(z.enum(PLAN_NEEDS), { error: "请选择需求" }).min(1, "请至少选择一项需求"),
    measures: z.string({ error: "请填写帮扶措施" }).trim().min(2, "请填写帮扶措施").max(2000, "帮扶措施不超过2000字"),
    responsibleStaffId: z.string({ error: "请选择责任人" }).min(1, "请选择责任人"),
    startDate: date("开始日期"),
    nextReviewDate: date("下次回访日期"),
  })
  .superRefine((v, ctx) => {
    if (v.needs.includes("NONE") && v.needs.length > 1) ctx.addIssue({ code: "custom", path: ["needs"], message: "“暂无需求”不能与其他需求同时选择" });
    const p = reviewDateProblem(v.startDate, v.nextReviewDate);
    if (p) ctx.addIssue({ code: "custom", path: ["nextReviewDate"], message: p });
  });
export type PlanSaveInput = z.input<typeof PlanSaveInput>;

export const PlanReviewInput = z
  .object({
    profileId: id,
    planId: id,
    version,
    date: date("回访日期"),
    progress: z.string({ error: "请填写进展情况" }).trim().min(2, "请填写进展情况").max(500, "进展情况不超过500字"),
    nextReviewDate: date("下次回访日期"),
  })
  .superRefine((v, ctx) => {
    const p = reviewDateProblem(v.date, v.nextReviewDate);
    if (p) ctx.addIssue({ code: "custom", path: ["nextReviewDate"], message: p });
  });
export type PlanReviewInput = z.input<typeof PlanReviewInput>;

export const PlanCloseInput = z.object({
  profileId: id,
  planId: id,
  version,
  outcome: z.enum(["ACHIEVED", "CLOSED"], { error: "请选择结束方式" }),
  note: z.string({ error: "请填写说明" }).trim().min(2, "请填写说明").max(500, "说明不超过500字"),
});
export type PlanCloseInput = z.input<typeof PlanCloseInput>;
