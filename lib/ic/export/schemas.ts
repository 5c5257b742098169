import { z } from "zod";

// Provincial export batch commands (errata A4, X-12). Client-safe.
export const ProvincialBatchInput = z.object({
  mode: z.enum(["FULL", "DELTA"], { error: "请选择上报方式" }),
  // an unmasked export needs a reason; it goes into the EXPORT audit event.
  reason: z.string({ error: "请填写导出原因" }).trim().min(2, "请填写导出原因").max(200, "导出原因不超过200字"),
});
export type ProvincialBatchInput = z.input<typeof ProvincialBatchInput>;

export const ProvincialRejectInput = z.object({
  batchId: z.string().min(1),
  profileId: z.string().min(1),
  reason: z.string({ error: "请填写省级退回原因" }).trim().min(2, "请填写省级退回原因").max(200, "退回原因不超过200字"),
});
export type ProvincialRejectInput = z.input<typeof ProvincialRejectInput>;

export const BatchAcknowledgeInput = z.object({
  batchId: z.string().min(1),
  acknowledgedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "请选择回执日期"),
});
export type BatchAcknowledgeInput = z.input<typeof BatchAcknowledgeInput>;

export const DEFAULT_EXPORT_REASON = "按期向省退役军人服务中心上报信息采集数据";
