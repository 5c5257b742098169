// zh-CN labels of the service-hall enums (SPEC §3.12, §2.7; errata D1/D2): ONE map, used by
// forms, tables, printouts and exports. The catalogue's own labels live in ./catalogue/labels.ts.
import type {
  AgentRelation, AppointmentMethod, AppointmentStatus, AppointmentType, AssistKind, AssistStatus, CaseMaterialState,
  CaseOutcome, CaseStatus, Channel, ConsultTopic, ExtendedDecision, ExtensionStatus, FocusDomain, HandoverDirection,
  HandoverReason, HomeHardship, HomeServiceResult, HomeServiceStatus, LeaveStatus, LeaveType, NoticeDelivery, NoticeStatus,
  PolicyImplemented, PresenceStatus, ProxyReason, ReminderLevel, ReturnVisitMethod, ReturnVisitStatus, ServiceEffect,
  SupervisionOrigin, SupervisionStatus, TrackingMethod,
} from "@/lib/generated/prisma/enums";

export const CHANNEL_LABELS: Record<Channel, string> = {
  WINDOW: "线下窗口", ONLINE: "线上平台", HOTLINE: "热线电话", PHONE: "电话", HOME: "上门", VIDEO: "远程视频", PROXY: "代办",
};

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  REGISTERED: "已登记",
  PENDING_MATERIALS: "待补正",
  ACCEPTED: "已受理",
  IN_PROGRESS: "办理中",
  AWAITING_APPROVAL: "待上级审批",
  COMPLETED: "已办结",
  NOT_ACCEPTED: "不予受理",
  WITHDRAWN: "已撤回",
};

export const CASE_OUTCOME_LABELS: Record<CaseOutcome, string> = {
  DONE: "办结",
  APPROVED: "准予",
  REJECTED: "不予办理",
  NOT_ACCEPTED: "不予受理",
  WITHDRAWN: "撤回",
  // Errata D2.
  REFERRED: "已引导至有权部门",
};

export const MATERIAL_STATE_LABELS: Record<CaseMaterialState, string> = {
  PENDING: "未核验", OK: "齐全合格", MISSING: "缺少", DEFECTIVE: "需补正", NA: "不适用",
};

export const AGENT_RELATION_LABELS: Record<AgentRelation, string> = {
  SPOUSE: "配偶", PARENT: "父母", CHILD: "子女", SIBLING: "兄弟姐妹", OTHER_RELATIVE: "其他亲属", OTHER: "其他受托人",
};

export const WITHDRAW_GROUND_LABELS = { CLIENT_REQUEST: "服务对象申请撤回", NO_RESPONSE: "两次提醒后60日未补正" } as const;

export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, string> = { REQUESTED: "待审批", APPROVED: "已批准", REFUSED: "未批准" };

export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = { PENDING_APPROVAL: "待审核人员填写原因", ISSUED: "已出具", REFUSED: "未同意出具" };

export const NOTICE_DELIVERY_LABELS: Record<NoticeDelivery, string> = { PRINTED: "当场打印", SMS: "短信", BOTH: "打印并短信" };

export const CONSULT_TOPIC_LABELS: Record<ConsultTopic, string> = {
  INFO_COLLECTION: "信息采集", RETURN_HOME: "退役报到", EMPLOYMENT: "就业", ENTREPRENEURSHIP: "创业", EDUCATION_TRAINING: "教育培训",
  PREFERENTIAL_PENSION: "优待抚恤", HARDSHIP_AID: "帮扶救助", LEGAL: "法律", ARCHIVES: "人事档案", VOLUNTEER: "志愿服务", OTHER: "其他",
};

export const PRESENCE_LABELS: Record<PresenceStatus, string> = {
  ON_DUTY: "在岗", TEMP_AWAY: "暂离", ON_LEAVE: "请假", BUSINESS_TRIP: "公出", OFF: "非工作时间",
};

// Errata D1.
export const HANDOVER_REASON_LABELS: Record<HandoverReason, string> = {
  LEAVE: "请假", MEETING: "开会", FIELD_WORK: "外出办事", TRAINING: "培训", OTHER: "其他",
};

export const LEAVE_TYPE_LABELS: Record<LeaveType, string> = {
  ANNUAL: "年休假", SICK: "病假", PERSONAL: "事假", MARRIAGE: "婚假", MATERNITY: "产假", BUSINESS_TRIP: "公出", TRAINING: "培训", OTHER: "其他",
};

export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  REQUESTED: "待审批", APPROVED: "已批准", REJECTED: "未批准", CANCELLED: "已撤销", RETURNED: "已销假",
};

export const EXTENDED_DECISION_LABELS: Record<ExtendedDecision, string> = { EXTEND: "延时办理", NOT_READY: "不具备条件" };

export const APPOINTMENT_TYPE_LABELS: Record<AppointmentType, string> = {
  WORKDAY: "工作日预约", NON_WORKING_DAY: "非工作日预约", REMOTE_VIDEO: "远程视频咨询预约",
};

export const APPOINTMENT_METHOD_LABELS: Record<AppointmentMethod, string> = { PHONE: "电话预约", ON_SITE: "现场预约" };

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  REQUESTED: "已申请", CONFIRMED: "已确认", CHECKED_IN: "已签到", COMPLETED: "已完成", NO_SHOW: "爽约", CANCELLED: "已取消", RESCHEDULED: "已改约",
};

export const HOME_HARDSHIP_LABELS: Record<HomeHardship, string> = {
  SERIOUS_ILLNESS: "重病", DISABILITY: "伤残", ADVANCED_AGE_FRAILTY: "高龄体弱", OTHER: "其他",
};

export const HOME_STATUS_LABELS: Record<HomeServiceStatus, string> = {
  // Errata D2: 符合条件, not 条件确认.
  REQUESTED: "已申请", ELIGIBLE: "符合条件", REJECTED: "不符合条件", SCHEDULED: "已约定", VISITED: "已上门", CLOSED: "已结束",
};

export const HOME_RESULT_LABELS: Record<HomeServiceResult, string> = {
  COMPLETED_ON_SITE: "当场办结", ACCEPTED_WITH_DEADLINE: "告知程序和时限", PROXY: "转代办",
};

export const HOME_SERVICE_CONTENT_LABELS = {
  POLICY_PUBLICITY: "政策宣传", CONSULTATION: "业务咨询", PROCESSING: "业务办理",
} as const;
export type HomeServiceContent = keyof typeof HOME_SERVICE_CONTENT_LABELS;

export const ASSIST_KIND_LABELS: Record<AssistKind, string> = { ASSIST: "帮办", PROXY: "代办" };

export const PROXY_REASON_LABELS: Record<ProxyReason, string> = {
  MOBILITY_IMPAIRED: "行动不便", ELDERLY: "高龄", SERIOUS_ILLNESS: "重病", DISABILITY: "残疾", OTHER_SPECIAL: "其他特殊情况",
};

export const ASSIST_STATUS_LABELS: Record<AssistStatus, string> = {
  REGISTERED: "已登记", PENDING_MATERIALS: "待补齐材料", ACCOMPANIED: "已带领办理", MATERIALS_RECEIVED: "材料已交接",
  PROCESSING: "代办中", RESULT_HANDED_OVER: "已移交结果", COMPLETED: "已完成", CANCELLED: "已取消",
};

export const HANDOVER_DIRECTION_LABELS: Record<HandoverDirection, string> = { IN: "申请人→代办员", OUT: "代办员→委托人" };

export const TRACKING_METHOD_LABELS: Record<TrackingMethod, string> = { ON_SITE_CHECK: "现场核查", ACCOMPANY: "陪办", PHONE_FOLLOWUP: "电话回访" };

export const FOCUS_DOMAIN_LABELS: Record<FocusDomain, string> = {
  EMPLOYMENT_PLACEMENT: "就业安置", ENTREPRENEURSHIP_SUPPORT: "创业扶持", HARDSHIP_AID: "困难帮扶", OTHER: "其他",
};

// Errata D1.
export const RETURN_VISIT_METHOD_LABELS: Record<ReturnVisitMethod, string> = { PHONE: "电话", HOME: "上门", SMS: "短信", WINDOW: "窗口" };

export const RETURN_VISIT_STATUS_LABELS: Record<ReturnVisitStatus, string> = { PENDING: "待回访", DONE: "已回访" };

export const POLICY_IMPLEMENTED_LABELS: Record<PolicyImplemented, string> = { FULL: "落实到位", PARTIAL: "部分落实", NOT: "未落实" };

export const SERVICE_EFFECT_LABELS: Record<ServiceEffect, string> = { GOOD: "理想", FAIR: "一般", POOR: "不理想" };

export const SUPERVISION_ORIGIN_LABELS: Record<SupervisionOrigin, string> = { RETURN_VISIT: "回访", BAD_REVIEW: "差评", ANALYSIS: "分析研判" };

// Errata D1.
export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = {
  OPEN: "待督导", IN_PROGRESS: "督导中", RESOLVED: "已整改", VERIFIED: "已核验",
};

export const REMINDER_LEVEL_LABELS: Record<ReminderLevel, string> = { INFO: "提示", WARN: "临期", OVERDUE: "超期" };
