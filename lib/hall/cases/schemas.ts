import { z } from "zod";
import { optionalField } from "@/lib/core/validators/common";
import { idNumberSchema } from "@/lib/core/validators/id-number";
import { nameSchema } from "@/lib/core/validators/name";
import { phoneSchema } from "@/lib/core/validators/phone";

// One schema per command (STYLE.md); the forms use the same ones. Client-safe: no server imports.

export const CHANNELS = ["WINDOW", "ONLINE", "HOTLINE", "PHONE", "HOME", "VIDEO", "PROXY"] as const;
export const AGENT_RELATIONS = ["SPOUSE", "PARENT", "CHILD", "SIBLING", "OTHER_RELATIVE", "OTHER"] as const;
export const MATERIAL_STATES = ["PENDING", "OK", "MISSING", "DEFECTIVE", "NA"] as const;
export const COMPLETION_OUTCOMES = ["DONE", "APPROVED", "REJECTED"] as const;

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();
const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}个字`);
const optionalText = (label: string, max: number) => optionalField(z.string().trim().max(max, `${label}不超过${max}个字`));

export const CaseRef = z.object({ caseId: id, version });
export type CaseRef = z.input<typeof CaseRef>;

/** §7.8 受理登记. An agent (§7.2.2) needs a name, an ID number, a relation and the entrustment sighted. */
export const RegisterCaseInput = z
  .object({
    clientPersonId: id,
    serviceItemCode: z.string({ error: "请选择服务事项" }).trim().min(1, "请选择服务事项").max(20),
    channel: z.enum(CHANNELS, { error: "请选择受理渠道" }),
    windowId: optionalField(z.string().max(40)),
    appointmentId: optionalField(z.string().max(40)),
    /** §3.0 Consultation.answeredById: the consultation's answering staff becomes the first handler. */
    consultationId: optionalField(z.string().max(40)),
    hasAgent: z.boolean().default(false),
    agentName: optionalField(nameSchema),
    agentIdNumber: optionalField(idNumberSchema),
    agentPhone: optionalField(phoneSchema),
    agentRelation: z.enum(AGENT_RELATIONS).optional().or(z.literal("").transform(() => undefined)),
    authorisationNote: optionalText("委托书说明", 200),
  })
  .superRefine((v, ctx) => {
    if (v.channel === "WINDOW" && !v.windowId) ctx.addIssue({ code: "custom", path: ["windowId"], message: "窗口受理须选择受理窗口" });
    if (!v.hasAgent) return;
    if (!v.agentName) ctx.addIssue({ code: "custom", path: ["agentName"], message: "请填写代理人姓名" });
    if (!v.agentIdNumber) ctx.addIssue({ code: "custom", path: ["agentIdNumber"], message: "请填写代理人身份证号" });
    if (!v.agentRelation) ctx.addIssue({ code: "custom", path: ["agentRelation"], message: "请选择代理人与服务对象的关系" });
    if (!v.authorisationNote) ctx.addIssue({ code: "custom", path: ["authorisationNote"], message: "有代理人时须核验委托书，请填写委托书情况" });
  });
export type RegisterCaseInput = z.input<typeof RegisterCaseInput>;

export const MaterialCheck = z
  .object({
    id,
    state: z.enum(MATERIAL_STATES, { error: "请选择核验结果" }),
    defect: optionalText("存在问题", 200),
    correction: optionalText("补正要求", 200),
    note: optionalText("备注", 200),
  })
  .superRefine((m, ctx) => {
    if (m.state !== "DEFECTIVE") return;
    if (!m.defect) ctx.addIssue({ code: "custom", path: ["defect"], message: "请写明材料存在的问题" });
    if (!m.correction) ctx.addIssue({ code: "custom", path: ["correction"], message: "请写明如何补正" });
  });

/** The window's material check, saved as one list (a stale version is refused, X-33). */
export const CheckMaterialsInput = CaseRef.extend({ materials: z.array(MaterialCheck).min(1).max(60) });
export type CheckMaterialsInput = z.input<typeof CheckMaterialsInput>;

/**
 * HALL-01: the notice is built from the material check (every MISSING and DEFECTIVE item). A
 * second notice of the same case is only a request until a reviewer gives the reason.
 */
export const IncompleteNoticeInput = CaseRef.extend({
  secondNoticeReason: optionalText("二次告知原因", 500),
});
export type IncompleteNoticeInput = z.input<typeof IncompleteNoticeInput>;

/** §7.6 a (out of remit → the competent authority) or f (a refusal reason with its basis). */
export const RefuseCaseInput = CaseRef.extend({
  inScope: z.boolean(),
  competentAuthority: optionalText("有权办理的部门", 120),
  authorityContact: optionalText("有权部门地址和电话", 200),
  refusalReason: optionalText("不予受理的理由", 2000),
}).superRefine((v, ctx) => {
  if (!v.inScope && !v.competentAuthority) ctx.addIssue({ code: "custom", path: ["competentAuthority"], message: "不属于本窗口职权的，须写明有权办理的部门" });
  if (!v.inScope && !v.authorityContact) ctx.addIssue({ code: "custom", path: ["authorityContact"], message: "请写明有权部门的地址和电话" });
  if (v.inScope && !v.refusalReason) ctx.addIssue({ code: "custom", path: ["refusalReason"], message: "请写明不予受理的理由及依据" });
});
export type RefuseCaseInput = z.input<typeof RefuseCaseInput>;

export const CompleteCaseInput = CaseRef.extend({
  outcome: z.enum(COMPLETION_OUTCOMES, { error: "请选择办理结果" }),
  outcomeNote: optionalText("办理结果说明", 2000),
  refusalReason: optionalText("不予办理的理由", 2000),
}).superRefine((v, ctx) => {
  if (v.outcome === "REJECTED" && !v.refusalReason) ctx.addIssue({ code: "custom", path: ["refusalReason"], message: "不予办理须写明理由及依据（将出具告知单）" });
});
export type CompleteCaseInput = z.input<typeof CompleteCaseInput>;

export const WITHDRAW_GROUNDS = ["CLIENT_REQUEST", "NO_RESPONSE"] as const;
/** SPEC §3.12.2: the client withdraws, or no response for 60 days after 2 reminders (Rec.). */
export const WithdrawCaseInput = CaseRef.extend({ ground: z.enum(WITHDRAW_GROUNDS, { error: "请选择撤回依据" }), reason: text("撤回说明", 500) });
export type WithdrawCaseInput = z.input<typeof WithdrawCaseInput>;

export const RequestExtensionInput = CaseRef.extend({
  workingDays: z.number({ error: "请填写延期工作日数" }).int("延期天数应为整数").min(1, "延期至少1个工作日").max(30, "延期不超过30个工作日"),
  reason: text("延期理由", 500),
});
export type RequestExtensionInput = z.input<typeof RequestExtensionInput>;

export const DecideExtensionInput = z.object({ extensionId: id, version, approve: z.boolean(), note: optionalText("审批意见", 500) })
  .superRefine((v, ctx) => {
    if (!v.approve && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "不批准延期须写明意见" });
  });
export type DecideExtensionInput = z.input<typeof DecideExtensionInput>;

export const DecideSecondNoticeInput = z.object({ noticeId: id, version, approve: z.boolean(), reason: optionalText("二次告知原因", 500) })
  .superRefine((v, ctx) => {
    if (v.approve && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "请填写二次告知原因" });
  });
export type DecideSecondNoticeInput = z.input<typeof DecideSecondNoticeInput>;

/** HALL-30: anyone at the hall takes a supplementary submission; it lands in the first handler's queue. */
export const RecordSupplementInput = z.object({ caseId: id, note: text("补交材料说明", 500) });
export type RecordSupplementInput = z.input<typeof RecordSupplementInput>;

/** HALL-31: a permanent reassignment needs a WINDOW_LEAD and a reason. */
export const ReassignCaseInput = CaseRef.extend({ toUserId: id, reason: text("改派原因", 500) });
export type ReassignCaseInput = z.input<typeof ReassignCaseInput>;

export const CaseTransitionInput = CaseRef.extend({ action: z.enum(["accept", "start", "forward", "returnForCorrection"]) });
export type CaseTransitionInput = z.input<typeof CaseTransitionInput>;
