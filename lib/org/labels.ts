// zh-CN labels for the org module (X-32: one map, used by forms, tables and exports).
export const ORG_LEVEL_LABELS = {
  CITY: "市级",
  DISTRICT: "区（市）级",
  TOWN: "镇（街道）级",
  VILLAGE: "村（社区）级",
} as const;

export const ORG_SUBTYPE_LABELS = {
  TOWN: "镇",
  STREET: "街道",
  VILLAGE: "村",
  COMMUNITY: "社区",
} as const;

export const ORG_FIELD_LABELS = {
  code: "单位代码",
  name: "单位名称",
  subtype: "类型",
  hasServiceHall: "设有服务大厅/窗口",
  address: "地址",
  officePhone: "办公电话",
  active: "状态",
} as const;
