// Commands of the review workflow (§3.1.4). Shared by the forms (zodResolver) and the actions.
import { z } from "zod";
import { DEFECT_FIELD_KEYS } from "./defect-fields";

const id = z.string().min(1);
const version = z.number().int().nonnegative();

export const ProfileRef = z.object({ profileId: id, version });
export type ProfileRef = z.input<typeof ProfileRef>;

export const ApproveProfileInput = ProfileRef.extend({
  action: z.enum(["approveInitial", "approveDistrict", "approveCity"]),
});
export type ApproveProfileInput = z.input<typeof ApproveProfileInput>;

/** One row of the defect list: which field and why (§3.1.4 "a list of defects is required"). */
export const Defect = z.object({
  field: z.enum(DEFECT_FIELD_KEYS, { error: "请选择问题项" }),
  reason: z.string().trim().min(2, "请写明退回原因（至少2个字）").max(200, "原因不超过200字"),
});
export type Defect = z.infer<typeof Defect>;

export const Defects = z.array(Defect).min(1, "退回时至少填写一条问题").max(30, "问题不超过30条");

export const ReturnProfileInput = ProfileRef.extend({ defects: Defects });
export type ReturnProfileInput = z.input<typeof ReturnProfileInput>;

export const DeactivateProfileInput = ProfileRef.extend({
  reason: z.enum(["DECEASED", "HUKOU_MOVED_OUT", "CATEGORY_LOST", "DUPLICATE"], { error: "请选择注销原因" }),
  note: z.string().trim().min(2, "请填写注销说明").max(200, "说明不超过200字"),
});
export type DeactivateProfileInput = z.input<typeof DeactivateProfileInput>;

/** §3.1.4 / AMB-47: the city approves in batches of at most 200 records. */
export const BATCH_MAX = 200;
export const BatchApproveInput = z.object({
  items: z.array(ProfileRef).min(1, "请至少选择一条记录").max(BATCH_MAX, `每批最多 ${BATCH_MAX} 条`),
});
export type BatchApproveInput = z.input<typeof BatchApproveInput>;

export const REVIEW_STAGES = ["PENDING_INITIAL", "PENDING_DISTRICT", "PENDING_CITY"] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];
