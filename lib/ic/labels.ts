// zh-CN labels for the information-collection module: one map, used by forms, tables,
// exports and printables. Field labels of each content group live beside the group's schema.
import type {
  CardPurpose, ChangeSetStatus, CollectionChannel, DocType, ExportMode, InactiveReason, ProfileGroupKey,
  ProfileStatus, ServicePlanStatus, SubjectCategory, TransferStatus, YesNoNA,
} from "@/lib/generated/prisma/enums";

export const CATEGORY_LABELS: Record<SubjectCategory, string> = {
  DISCHARGED_SOLDIER: "退役士兵",
  TRANSFERRED_OFFICER: "军转干部（军队转业干部）",
  MILITARY_RETIRED_CADRE: "军队离退休干部",
  RETIRED_NCO: "退休士官",
  ARMY_CIVILIAN_RETIREE: "军队无军籍离退休退职职工",
  THREE_REDS: "“三红”人员",
  RURAL_DEMOBILISED_VETERAN: "在乡老复员军人",
  DEMOBILISED_CADRE: "复员干部",
  DISABLED_VETERAN: "伤残军人",
  DISABLED_MILITIA_LABOURER: "伤残民兵民工",
  MARTYR_SURVIVOR: "烈士遗属",
  DUTY_DEATH_SURVIVOR: "因公牺牲军人遗属",
  ILLNESS_DEATH_SURVIVOR: "病故军人遗属",
  ACTIVE_SERVICEMAN_RELATIVE: "现役军人直系亲属",
  REFORM_CONVERTED: "军队改革集体转制人员",
  OTHER: "其他人员",
};

export const PROFILE_STATUS_LABELS: Record<ProfileStatus, string> = {
  DRAFT: "草稿",
  PENDING_INITIAL: "待初审",
  PENDING_DISTRICT: "待区级审核",
  PENDING_CITY: "待市级审核",
  CITY_APPROVED: "市级审核通过（待上报）",
  EXPORTED: "已上报省级",
  RETURNED: "已退回",
  INACTIVE: "已注销",
};

export const CHANGE_SET_STATUS_LABELS: Record<ChangeSetStatus, string> = {
  DRAFT: "草稿",
  PENDING_INITIAL: "待初审",
  PENDING_DISTRICT: "待区级审核",
  PENDING_CITY: "待市级审核",
  APPROVED: "已生效",
  RETURNED: "已退回",
  WITHDRAWN: "已撤回",
};

export const CHANNEL_LABELS: Record<CollectionChannel, string> = {
  WINDOW: "窗口",
  HOME_VISIT: "入户",
  RETURN_HOME: "返乡报到",
  IMPORT: "批量导入",
};

export const INACTIVE_REASON_LABELS: Record<InactiveReason, string> = {
  DECEASED: "去世",
  HUKOU_MOVED_OUT: "户籍迁出青岛",
  CATEGORY_LOST: "身份变更不再属于采集对象",
  DUPLICATE: "重复",
};

/** §6.1.3: the nine content groups (3a, 7a and 7b are shown as their own tabs). */
export const GROUP_LABELS: Record<ProfileGroupKey, string> = {
  BASIC: "基本信息",
  ORG_SOCIAL: "组织生活和社会活动信息",
  SERVICE: "服役信息",
  MERIT: "立功受奖",
  PLACEMENT: "安置信息",
  EMPLOYMENT: "就业创业信息",
  EDUCATION: "教育培训信息",
  DISABILITY: "伤残信息",
  SURVIVOR: "遗属信息",
  ACTIVE_SERVICEMAN: "现役军人信息",
  COMMENDATION: "褒扬激励信息",
  HARDSHIP: "特困低保信息",
};

/** §6.1.2 a)–h). */
export const DOC_TYPE_LABELS: Record<DocType, string> = {
  ID_CARD: "身份证",
  HUKOU_BOOKLET: "户口本",
  DISCHARGE_CERT: "退役证、转业证或离退休证",
  PHOTO: "近期免冠照片",
  EDUCATION_CERT: "学历证明",
  MERIT_CERT: "立功受奖证件",
  DISABILITY_CERT: "伤残证件、变动伤残证件",
  DEATH_CERT_AND_KINSHIP: "烈士证明书/因公牺牲军人证明书/病故军人证明书及亲属关系证明",
  OTHER_PROOF: "其他证明",
};

export const YES_NO_NA_LABELS: Record<YesNoNA, string> = { YES: "已提供", NO: "未提供", NA: "不适用" };

export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = {
  REQUESTED: "待接收",
  ACCEPTED: "已接收",
  REJECTED: "已拒绝",
  CANCELLED: "已撤销",
};

export const PLAN_STATUS_LABELS: Record<ServicePlanStatus, string> = { ACTIVE: "实施中", ACHIEVED: "已达成", CLOSED: "已关闭" };

export const PLAN_NEED_LABELS = {
  EMPLOYMENT: "就业",
  ENTREPRENEURSHIP: "创业",
  TRAINING: "培训",
  PREFERENTIAL: "优待",
  PENSION: "抚恤",
  HARDSHIP: "帮扶",
  PSYCHOLOGICAL: "心理",
  LEGAL: "法律",
  MEDICAL_ELDERLY: "就医养老",
  NONE: "暂无需求",
} as const;

export const CARD_PURPOSE_LABELS: Record<CardPurpose, string> = {
  RETURN_HOME: "联络服务卡",
  CASE_CONTACT: "联系服务卡",
  PROFILE: "服务联系卡（一人一卡）",
};

export const EXPORT_MODE_LABELS: Record<ExportMode, string> = { FULL: "全量", DELTA: "增量" };
