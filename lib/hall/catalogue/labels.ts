// zh-CN labels for the service catalogue (X-32: one map, used by forms, tables, guides and PDFs).
export const SERVICE_MODULE_LABELS = {
  IC: "信息采集",
  RH: "移交安置与报到",
  EMP: "就业服务",
  ENT: "创业扶持",
  EDU: "教育培训",
  PC: "优待抚恤",
  HA: "帮扶援助",
  RP: "权益维护",
  VOL: "志愿服务",
  ARC: "档案管理",
  OTHER: "其他服务",
} as const;

export const SERVICE_ITEM_STATUS_LABELS = {
  DRAFT: "草稿",
  REVIEWED: "已审核",
  PUBLISHED: "已公开",
  RETIRED: "已停用",
} as const;

export const MATERIAL_FORM_LABELS = {
  ORIGINAL: "原件",
  COPY: "复印件",
  BOTH: "原件及复印件",
} as const;

export const ITEM_LEVEL_LABELS = {
  CITY: "市级",
  DISTRICT: "区（市）级",
  TOWN: "镇（街道）级",
  VILLAGE: "村（社区）级",
} as const;

export const SERVICE_ITEM_FIELD_LABELS = {
  code: "事项编码",
  name: "事项名称",
  module: "所属业务",
  levels: "办理层级",
  legalBasis: "办理依据",
  conditions: "办理条件",
  requirements: "办理要求",
  materials: "申请材料",
  procedure: "办理程序",
  promisedWorkingDays: "承诺时限（工作日）",
  statutoryWorkingDays: "法定时限（工作日）",
  complaintChannel: "投诉方式",
  consultPhone: "咨询电话",
  proxyEligible: "可代办",
  homeServiceEligible: "可上门办理",
  requiresOnSiteAuthentication: "需现场认证",
  fee: "收费标准",
  itemVersion: "版本",
  status: "状态",
  publishedAt: "公开日期",
} as const;

/** "即办" for 0, else "N个工作日". */
export function workingDaysLabel(days: number | null | undefined): string {
  if (days == null) return "—";
  return days === 0 ? "即办" : `${days}个工作日`;
}
