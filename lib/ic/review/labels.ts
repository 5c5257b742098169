// zh-CN labels of the review, change-set and transfer screens. Client-safe.

/** Actions as they appear in the status-history timeline (all three machines). */
export const REVIEW_ACTION_LABELS: Record<string, string> = {
  submit: "提交审核",
  approveInitial: "初审通过",
  approveDistrict: "区级审核通过",
  approveCity: "市级审核通过",
  return: "退回",
  export: "上报省级",
  provincialReject: "省级退回",
  deactivate: "注销",
  withdraw: "撤回",
  accept: "接收",
  reject: "拒绝",
  cancel: "撤销",
  approve: "同意",
};

export const STAGE_LABELS = {
  PENDING_INITIAL: "待初审",
  PENDING_DISTRICT: "待区级审核",
  PENDING_CITY: "待市级审核",
} as const;

export const ACCESS_KIND_LABELS: Record<string, string> = {
  SERVICE_ACCESS: "服务授权（查看档案摘要30天）",
  TRANSFER_REQUEST: "申请迁移至本单位",
};

export const ACCESS_STATUS_LABELS: Record<string, string> = {
  REQUESTED: "待审核",
  ACCEPTED: "已同意",
  REJECTED: "未同意",
  CANCELLED: "已撤销",
};
