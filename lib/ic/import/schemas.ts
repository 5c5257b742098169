import { z } from "zod";

// X-22 commit choices. Client-safe: the preview form validates with the same schema.
export const ImportCommitInput = z.object({
  jobId: z.string().min(1),
  version: z.number().int().nonnegative(),
  mode: z.enum(["VALID_ONLY", "ALL_OR_NOTHING"], { error: "请选择导入方式" }),
  duplicates: z.enum(["SKIP", "UPDATE_CONTACT"], { error: "请选择重复人员的处理方式" }),
});
export type ImportCommitInput = z.input<typeof ImportCommitInput>;

export const IMPORT_MODE_LABELS = { VALID_ONLY: "只导入正确的行", ALL_OR_NOTHING: "全部正确才导入（有任何错误则不导入）" } as const;
export const DUPLICATE_POLICY_LABELS = { SKIP: "跳过已登记人员", UPDATE_CONTACT: "只更新已登记人员的联系电话" } as const;
export const IMPORT_STATUS_LABELS: Record<string, string> = {
  VALIDATED: "待确认导入",
  COMMITTING: "正在导入",
  COMMITTED: "已导入",
  FAILED: "导入中断",
};
