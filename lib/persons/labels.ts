// zh-CN labels for Person (SPEC §3.0, X-32).
export const GENDER_LABELS = { MALE: "男", FEMALE: "女" } as const;

export const PERSON_FIELD_LABELS = {
  idNumber: "公民身份号码",
  name: "姓名",
  formerName: "曾用名",
  gender: "性别",
  birthDate: "出生日期",
  mobile: "手机号码",
  landline: "固定电话",
  orgUnitId: "户籍地（村/社区）",
  hukouAddress: "户籍地址",
  residenceAddress: "现居住地址",
  isDeceased: "是否去世",
  deathDate: "去世日期",
} as const;

/** the reveal reason picklist. */
export const REVEAL_REASONS = {
  IDENTITY_CHECK: "核对服务对象身份",
  BUSINESS_HANDLING: "办理业务需要",
  DATA_CORRECTION: "数据核对纠错",
  SUPERVISION: "监督检查",
  OTHER: "其他",
} as const;

export const REVEAL_FIELD_LABELS = { idNumber: "身份证号", mobile: "手机号码", landline: "固定电话" } as const;
