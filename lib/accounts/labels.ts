// zh-CN labels for accounts.
export const ROLE_LABELS = { CLERK: "窗口工作人员", REVIEWER: "审核人员", ADMIN: "系统管理员" } as const;

export const CAPABILITY_LABELS = {
  WINDOW_LEAD: "窗口负责人",
  PROXY_AGENT: "帮办代办员",
  ARCHIVIST: "档案管理员",
  ARCHIVE_APPROVER: "档案审批人",
  LEGAL_STAFF: "法律专业人员",
  COUNSELLOR: "心理咨询师",
  VOLUNTEER_LIAISON: "志愿服务联络员",
  VOLUNTEER_HQ: "志愿服务总部基地审核",
  TRAINING_ADMIN: "培训管理员",
  EMPLOYMENT_OFFICER: "就业专员",
  EXPORT_UNMASKED: "明文导出",
} as const;

export const USER_FIELD_LABELS = {
  username: "用户名",
  displayName: "姓名",
  mobile: "手机号码",
  orgUnitId: "所属单位",
  role: "角色",
  capabilities: "职责标记",
  active: "状态",
} as const;
