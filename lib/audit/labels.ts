// zh-CN labels for the audit log: one map for the filter, the table and exports.
export const auditActionLabels = {
  VIEW_FULL_PROFILE: "查看完整档案",
  REVEAL: "显示敏感信息",
  CREATE: "新增",
  UPDATE: "修改",
  DELETE: "删除",
  STATUS_CHANGE: "状态变更",
  APPROVE: "审核通过",
  RETURN: "退回",
  REJECT: "不予通过",
  EXPORT: "导出",
  IMPORT: "导入",
  PRINT: "打印",
  LOGIN: "登录",
  LOGOUT: "退出登录",
  LOGIN_FAILED: "登录失败",
  PERMISSION_CHANGE: "权限变更",
  CONFIG_CHANGE: "配置变更",
} as const;

export type AuditActionCode = keyof typeof auditActionLabels;

export const auditEntityLabels: Record<string, string> = {
  Person: "人员",
  User: "用户",
  OrgUnit: "单位",
  WorkCalendarDay: "工作日历",
  Config: "系统参数",
};

export const AUDIT_FIELD_LABELS = {
  at: "时间",
  user: "操作人",
  action: "操作",
  entity: "对象",
  reason: "原因/说明",
  ip: "IP 地址",
  username: "用户名",
  personId: "人员编号",
  from: "开始日期",
  to: "结束日期",
} as const;
