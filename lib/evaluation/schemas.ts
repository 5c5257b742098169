import { z } from "zod";
import { isValidDateString } from "@/lib/core/calendar-math";
import { optionalField } from "@/lib/core/validators/common";
import { nameSchema } from "@/lib/core/validators/name";
import { optionalPhoneSchema } from "@/lib/core/validators/phone";
import { DEFAULT_INDICATORS, ISSUE_TAG_LABELS, type IndicatorCode, type IssueTag } from "./labels";

// One schema per command, shared by the forms (zodResolver) and the services (parseInput).
// Client-safe: no server imports.

export const SATISFACTIONS = ["VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED", "VERY_DISSATISFIED"] as const;
export const STAFF_ENTRY_CHANNELS = ["PAPER", "DEVICE"] as const;
export const EVALUATOR_TYPES = ["CLIENT", "THIRD_PARTY", "MULTI"] as const;
export const ISSUE_TAGS = Object.keys(ISSUE_TAG_LABELS) as [IssueTag, ...IssueTag[]];
export const IMPROVEMENT_LINK_TYPES = ["SERVICE_ITEM", "TRAINING", "PROCESS", "OTHER"] as const;
export const INDICATOR_CODES = DEFAULT_INDICATORS.map((i) => i.code) as [IndicatorCode, ...IndicatorCode[]];

const id = z.string().trim().min(1).max(40);
const version = z.number().int().nonnegative();
const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}个字`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不超过${max}个字`).optional().transform((v) => (v ? v : undefined));

/**
 * Idempotency key of an entry form (E7): a random UUID generated once per form mount, so a double
 * submit is recognised as the same entry. Optional for callers without a form (tests, imports).
 */
const submissionKey = z.uuid("提交标识无效，请刷新页面后重试").optional().or(z.literal("").transform(() => undefined));

/** A real calendar day (2026-02-30 is refused, not rolled into March). */
const dateString = (message: string) => z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message).refine(isValidDateString, message);

/** A radio group submits "1".."5" or nothing; the stored value is the number (§9.1.3 indicators). */
const score = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
  z.number().int("评分应为1–5分").min(1, "评分应为1–5分").max(5, "评分应为1–5分").optional(),
);

export const IndicatorScores = z
  .object(Object.fromEntries(INDICATOR_CODES.map((c) => [c, score])) as Record<IndicatorCode, typeof score>)
  .partial()
  .optional();

/** The client's own words and contact (optional: AMB-51 allows anonymous ratings). */
const ratingFields = {
  overall: z.enum(SATISFACTIONS, { error: "请选择总体评价" }),
  indicatorScores: IndicatorScores,
  comment: optionalText("评价意见", 500),
  contactName: optionalField(nameSchema),
  contactPhone: optionalPhoneSchema,
};

/** The public QR page /e/<token> (EVA-01, §9.1.3). */
export const PublicEvaluationInput = z.object({ token: z.string().trim().min(16).max(100), ...ratingFields });
export type PublicEvaluationInput = z.input<typeof PublicEvaluationInput>;

/**
 * Staff entry of a paper form or a window rating device (EVA-01, errata B1). For a case, the
 * evaluated unit, window and staff come from the case; otherwise from the chosen unit.
 */
export const StaffEvaluationInput = z
  .object({
    channel: z.enum(STAFF_ENTRY_CHANNELS, { error: "请选择评价渠道" }),
    evaluatorType: z.enum(EVALUATOR_TYPES, { error: "请选择评价主体" }).default("CLIENT"),
    caseNo: optionalText("办件编号", 24),
    orgUnitId: optionalText("被评价单位", 40),
    windowId: optionalText("窗口", 40),
    staffUserId: optionalText("被评价人员", 40),
    paperAttachmentId: optionalText("评价表扫描件", 40),
    submissionKey,
    ...ratingFields,
  })
  .superRefine((v, ctx) => {
    if (v.channel === "PAPER" && !v.paperAttachmentId) {
      ctx.addIssue({ code: "custom", path: ["paperAttachmentId"], message: "书面评价须上传评价表扫描件" });
    }
  });
export type StaffEvaluationInput = z.input<typeof StaffEvaluationInput>;

/** A complaint entered by a clerk opens a loop directly (AMB-37, source COMPLAINT). */
export const ComplaintInput = z.object({
  orgUnitId: optionalText("涉及单位", 40),
  caseNo: optionalText("办件编号", 24),
  windowId: optionalText("窗口", 40),
  staffUserId: optionalText("涉及人员", 40),
  serviceItemCode: optionalText("事项编码", 20),
  description: text("投诉内容", 2000),
  contactName: optionalField(nameSchema),
  contactPhone: optionalPhoneSchema,
  submissionKey,
});
export type ComplaintInput = z.input<typeof ComplaintInput>;

// ---- the bad-review loop (§9.2.1) --------------------------------------------------------------

const LoopRef = z.object({ id, version });

export const TakeBadReviewInput = LoopRef;
export type TakeBadReviewInput = z.input<typeof TakeBadReviewInput>;

/** VERIFYING → INVALID_PENDING: "evidence required" (§3.14.1). */
export const MarkInvalidInput = LoopRef.extend({ verification: text("核实情况", 2000), evidence: text("不属实的证据", 2000) });
export type MarkInvalidInput = z.input<typeof MarkInvalidInput>;

export const DecideInvalidInput = LoopRef.extend({ confirm: z.boolean(), reason: optionalText("意见", 500) }).superRefine((v, ctx) => {
  if (!v.confirm && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "退回重新核实须写明理由" });
});
export type DecideInvalidInput = z.input<typeof DecideInvalidInput>;

/** VERIFYING → RECTIFYING: valid = true with at least one issue tag. */
export const ConfirmValidInput = LoopRef.extend({
  verification: text("核实情况", 2000),
  issueTags: z.array(z.enum(ISSUE_TAGS), { error: "请至少选择一个问题类型" }).min(1, "请至少选择一个问题类型"),
});
export type ConfirmValidInput = z.input<typeof ConfirmValidInput>;

/** RECTIFYING → REVISITING (feedback required) or, for an anonymous review, → IMPROVING. */
export const RectifyInput = LoopRef.extend({ rectification: text("整改措施", 2000), feedbackToClient: optionalText("反馈内容", 2000) });
export type RectifyInput = z.input<typeof RectifyInput>;

/**
 * REVISITING → IMPROVING (≥ BASIC, or — no satisfaction chosen — the client unreachable after the
 * STORED count of recorded attempts reaches 3) or back to RECTIFYING. The count is the server's.
 */
export const RevisitInput = LoopRef.extend({
  revisitSatisfaction: z.enum(SATISFACTIONS).optional().or(z.literal("").transform(() => undefined)),
  revisitNote: optionalText("回访情况", 1000),
});
export type RevisitInput = z.input<typeof RevisitInput>;

/** "记录一次未联系上": one failed revisit attempt, how it was tried (no state change). */
export const RevisitAttemptInput = LoopRef.extend({ note: text("本次回访的方式和结果", 200) });
export type RevisitAttemptInput = z.input<typeof RevisitAttemptInput>;

/** What a TRAINING / PROCESS / OTHER artefact must at least say (a real measure, not "已改进"). */
export const MIN_ARTEFACT_CHARS = 6;

export const ImprovementLink = z.object({
  type: z.enum(IMPROVEMENT_LINK_TYPES, { error: "请选择改进类型" }),
  ref: text("关联内容", 200),
  note: optionalText("说明", 200),
});
export type ImprovementLink = z.infer<typeof ImprovementLink>;

/**
 * IMPROVING → CLOSED: improvement text + ≥ 1 real artefact, or "无需系统性改进" with a reason
 * (§9.2.1 改进提升). A SERVICE_ITEM link names a published item (checked by the service); any other
 * link describes the measure in at least 6 characters; OTHER alone is not a systemic artefact, so
 * it is accepted only together with the reason why no systemic improvement is needed.
 */
export const CloseBadReviewInput = LoopRef.extend({
  improvement: text("改进提升措施", 2000),
  improvementLinks: z.array(ImprovementLink).max(10, "关联改进不超过10项").default([]),
  noSystemicReason: optionalText("无需系统性改进的理由", 1000),
}).superRefine((v, ctx) => {
  if (v.improvementLinks.length === 0 && !v.noSystemicReason) {
    ctx.addIssue({ code: "custom", path: ["improvementLinks"], message: "请关联至少一项改进（事项指南、培训、流程调整等），或说明无需系统性改进的理由" });
  }
  v.improvementLinks.forEach((l, i) => {
    if (l.type !== "SERVICE_ITEM" && [...l.ref].length < MIN_ARTEFACT_CHARS) {
      ctx.addIssue({ code: "custom", path: ["improvementLinks", i, "ref"], message: `第${i + 1}项：请具体写明改进内容（至少${MIN_ARTEFACT_CHARS}个字）` });
    }
  });
  if (v.improvementLinks.some((l) => l.type === "OTHER") && !v.noSystemicReason) {
    ctx.addIssue({ code: "custom", path: ["noSystemicReason"], message: "关联“其他”改进时，请同时说明无需系统性改进的理由" });
  }
});
export type CloseBadReviewInput = z.input<typeof CloseBadReviewInput>;

export const RevealContactInput = z.object({ id, reason: text("查看理由", 200) });
export type RevealContactInput = z.input<typeof RevealContactInput>;

// ---- analysis (§9.2.2) -----------------------------------------------------------------------

export const ANALYSIS_PERIODS = ["MONTH", "QUARTER", "YEAR"] as const;

export const GenerateAnalysisInput = z.object({
  period: z.enum(ANALYSIS_PERIODS, { error: "请选择分析周期" }),
  periodKey: z.string({ error: "请选择期间" }).trim().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "期间格式应为 2026、2026-Q4 或 2026-11"),
});
export type GenerateAnalysisInput = z.input<typeof GenerateAnalysisInput>;

export const AnalysisTextInput = z.object({
  id, version,
  investigation: optionalText("调查研究情况", 4000),
  solutions: optionalText("解决方案和整改措施", 4000),
});
export type AnalysisTextInput = z.input<typeof AnalysisTextInput>;

/** `version` is the analysis's: a measure added to a report approved meanwhile is a Conflict. */
export const AddImprovementActionInput = z.object({
  analysisId: id,
  version,
  description: text("改进措施", 1000),
  ownerName: nameSchema,
  dueDate: dateString("请选择完成期限"),
});
export type AddImprovementActionInput = z.input<typeof AddImprovementActionInput>;

export const ImprovementActionStatusInput = z.object({ id, version, status: z.enum(["OPEN", "DONE"]) });
export type ImprovementActionStatusInput = z.input<typeof ImprovementActionStatusInput>;

export const ApproveAnalysisInput = z.object({ id, version });
export type ApproveAnalysisInput = z.input<typeof ApproveAnalysisInput>;
