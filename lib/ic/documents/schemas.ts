// Commands on the checklist; the forms validate with the same schemas (STYLE.md "Forms").
import { z } from "zod";
import { NA_REASON_MAX } from "./rules";

const id = z.string().min(1);

export const DocumentStatusInput = z.object({
  profileId: id,
  checkId: id,
  provided: z.enum(["YES", "NO", "NA"], { error: "请选择提供情况" }),
  naReason: z.string().trim().max(NA_REASON_MAX, `原因不超过${NA_REASON_MAX}字`).optional(),
  remark: z.string().trim().max(200, "备注不超过200字").optional(),
});
export type DocumentStatusInput = z.input<typeof DocumentStatusInput>;

export const OriginalSightedInput = z.object({ profileId: id, checkId: id, sighted: z.boolean() });
export type OriginalSightedInput = z.input<typeof OriginalSightedInput>;

export const AttachmentRemoveInput = z.object({ profileId: id, attachmentId: id });
export type AttachmentRemoveInput = z.input<typeof AttachmentRemoveInput>;

export const UploadTarget = z.object({
  profileId: id,
  docType: z.enum(["ID_CARD", "HUKOU_BOOKLET", "DISCHARGE_CERT", "PHOTO", "EDUCATION_CERT", "MERIT_CERT", "DISABILITY_CERT", "DEATH_CERT_AND_KINSHIP", "OTHER_PROOF"], { error: "材料类型无效" }),
  itemKey: z.string().max(40).default(""),
});
export type UploadTarget = z.input<typeof UploadTarget>;
