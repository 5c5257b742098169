// zh-CN labels of the evaluation module (SPEC §3.14; errata D1/D2): ONE map for forms, tables,
// the public QR page and exports.
import type {
  AnalysisPeriod, AnalysisStatus, BadReviewSource, BadReviewStatus, EvalChannel, EvaluatorType, ImprovementStatus,
  IndicatorSetPurpose, Satisfaction,
} from "@/lib/generated/prisma/enums";

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  VERY_SATISFIED: "非常满意", SATISFIED: "满意", BASIC: "基本满意", DISSATISFIED: "不满意", VERY_DISSATISFIED: "非常不满意",
};

/** Best first, as the public form lists them. */
export const SATISFACTION_ORDER: readonly Satisfaction[] = ["VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED", "VERY_DISSATISFIED"];

export const EVAL_CHANNEL_LABELS: Record<EvalChannel, string> = {
  DEVICE: "窗口评价器", QR_CODE: "二维码", PAPER: "书面评价表", SMS: "短信", ONLINE_PLATFORM: "网上政务服务平台", RETURN_VISIT: "回访", THIRD_PARTY: "第三方",
};

export const EVALUATOR_TYPE_LABELS: Record<EvaluatorType, string> = { CLIENT: "服务对象", THIRD_PARTY: "第三方", MULTI: "多方" };

export const INDICATOR_SET_PURPOSE_LABELS: Record<IndicatorSetPurpose, string> = {
  ROUTINE: "日常评价", SPECIAL: "专项评价", THIRD_PARTY: "第三方评价", ANNUAL: "年度评价",
};

export const BAD_REVIEW_SOURCE_LABELS: Record<BadReviewSource, string> = {
  EVALUATION: "差评", COMPLAINT: "投诉", RETURN_VISIT: "回访不满意", THIRD_PARTY: "第三方发现",
};

export const BAD_REVIEW_STATUS_LABELS: Record<BadReviewStatus, string> = {
  FOUND: "差评发现",
  VERIFYING: "问题核实中",
  INVALID_PENDING: "不属实待上级确认",
  INVALID: "核实不属实",
  RECTIFYING: "反馈整改中",
  // Errata D2.
  REVISITING: "问题回访中",
  IMPROVING: "改进提升中",
  CLOSED: "已闭环",
};

export const ISSUE_TAG_LABELS = {
  ATTITUDE: "态度", EFFICIENCY: "效率", PROCESS: "流程", POLICY: "政策", MATERIALS: "材料要求", ENVIRONMENT: "环境设施",
  PLATFORM: "平台系统", DISCIPLINE: "作风纪律", OTHER: "其他",
} as const;
export type IssueTag = keyof typeof ISSUE_TAG_LABELS;

export const ANALYSIS_PERIOD_LABELS: Record<AnalysisPeriod, string> = { MONTH: "月度", QUARTER: "季度", YEAR: "年度" };

export const ANALYSIS_STATUS_LABELS: Record<AnalysisStatus, string> = { DRAFT: "草稿", APPROVED: "已审定" };

export const IMPROVEMENT_STATUS_LABELS: Record<ImprovementStatus, string> = { OPEN: "进行中", DONE: "已完成" };

/** §9.1.2: the ten indicators of the seeded default set (SPEC §3.14.1). */
export const DEFAULT_INDICATORS = [
  { code: "ITEM_MANAGEMENT", label: "政务服务事项管理", subject: "UNIT" },
  { code: "PROCESS", label: "办事流程", subject: "UNIT" },
  { code: "SERVICE_STANDARD", label: "服务规范", subject: "UNIT" },
  { code: "EFFICIENCY", label: "服务效率", subject: "UNIT" },
  { code: "CONVENIENCE", label: "便民度", subject: "UNIT" },
  { code: "PLATFORM_EASE", label: "政务服务平台便捷性", subject: "PLATFORM" },
  { code: "PLATFORM_COMPLETENESS", label: "政务服务平台完善性", subject: "PLATFORM" },
  { code: "STAFF_ATTITUDE", label: "工作人员服务态度", subject: "STAFF" },
  { code: "STAFF_COMPETENCE", label: "工作人员业务能力", subject: "STAFF" },
  { code: "STAFF_SERVICE_LEVEL", label: "工作人员服务水平", subject: "STAFF" },
] as const;
export type IndicatorCode = (typeof DEFAULT_INDICATORS)[number]["code"];

export const INDICATOR_SUBJECT_LABELS = { UNIT: "服务中心（站）", PLATFORM: "政务服务平台", STAFF: "工作人员" } as const;

/** BadReviewCase.improvementLinks types (§3.14.1 "link to ≥ 1 improvement artefact"). */
export const IMPROVEMENT_LINK_TYPE_LABELS = { SERVICE_ITEM: "办事指南修订", TRAINING: "业务培训", PROCESS: "流程调整", OTHER: "其他" } as const;
