import { z } from "zod";
import { isValidDateString } from "@/lib/core/calendar-math";
import { optionalField } from "@/lib/core/validators/common";
import { idNumberSchema } from "@/lib/core/validators/id-number";
import { nameSchema } from "@/lib/core/validators/name";
import { phoneSchema } from "@/lib/core/validators/phone";
import { CHANNELS } from "@/lib/hall/cases/schemas";

// One schema per command (STYLE.md); the forms use the same ones. Client-safe: no server imports.

export const CONSULT_TOPICS = [
  "INFO_COLLECTION", "RETURN_HOME", "EMPLOYMENT", "ENTREPRENEURSHIP", "EDUCATION_TRAINING", "PREFERENTIAL_PENSION",
  "HARDSHIP_AID", "LEGAL", "ARCHIVES", "VOLUNTEER", "OTHER",
] as const;

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();
export const requiredText = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}个字`);
export const optionalText = (label: string, max: number) => optionalField(z.string().trim().max(max, `${label}不超过${max}个字`));
/** 'YYYY-MM-DD' (a calendar day in Asia/Shanghai). */
export const dateString = (label: string) =>
  z.string({ error: `请选择${label}` }).trim().refine(isValidDateString, `${label}格式错误（应为 YYYY-MM-DD）`);

/**
 * §7.9.3 / HALL-34: a consultation is answered on the spot, or the client is told why not and
 * when the answer will come (followUpDueDate; the service fills in 3 working days when blank).
 * The client may stay anonymous; someone not answered on the spot must be reachable, though.
 */
export const RecordConsultationInput = z
  .object({
    personId: optionalField(z.string().max(40)),
    contactName: optionalField(nameSchema),
    contactPhone: optionalField(phoneSchema),
    channel: z.enum(CHANNELS, { error: "请选择咨询渠道" }),
    topic: z.enum(CONSULT_TOPICS, { error: "请选择咨询类别" }),
    question: requiredText("咨询内容", 2000),
    answeredOnSpot: z.boolean({ error: "请选择是否当场解答" }),
    answer: optionalText("答复内容", 2000),
    notAnsweredReason: optionalText("暂无法解答的原因", 2000),
    followUpDueDate: optionalField(dateString("答复期限")),
    windowId: optionalField(z.string().max(40)),
  })
  .superRefine((v, ctx) => {
    if (v.answeredOnSpot) {
      if (!v.answer) ctx.addIssue({ code: "custom", path: ["answer"], message: "当场解答的，请填写答复内容" });
      return;
    }
    if (!v.notAnsweredReason) {
      ctx.addIssue({ code: "custom", path: ["notAnsweredReason"], message: "暂时无法解答的，须写明理由并告知服务对象（§7.9.3）" });
    }
    if (!v.personId && !v.contactPhone) {
      ctx.addIssue({ code: "custom", path: ["contactPhone"], message: "未当场解答的，请留下联系电话以便按期答复" });
    }
  });
export type RecordConsultationInput = z.input<typeof RecordConsultationInput>;

/** The answering staff member's later reply to a question not answered on the spot. */
export const AnswerFollowUpInput = z.object({ id, version, followUpAnswer: requiredText("答复内容", 2000) });
export type AnswerFollowUpInput = z.input<typeof AnswerFollowUpInput>;

/** The ID number goes in a POST body only (never a URL, X-13). */
export const ClientLookupInput = z.object({ idNumber: idNumberSchema });
export type ClientLookupInput = z.input<typeof ClientLookupInput>;
