import { z } from "zod";
import { optionalField } from "@/lib/core/validators/common";
import { nameSchema } from "@/lib/core/validators/name";
import { optionalText, requiredText } from "@/lib/hall/consultations/schemas";

// One schema per command (STYLE.md); the forms use the same ones. Client-safe: no server imports.

export const ASSIST_KINDS = ["ASSIST", "PROXY"] as const;
export const PROXY_REASONS = ["MOBILITY_IMPAIRED", "ELDERLY", "SERIOUS_ILLNESS", "DISABILITY", "OTHER_SPECIAL"] as const;
export const CHECK_STATES = ["OK", "MISSING", "DEFECTIVE", "NA"] as const;
export const MATERIAL_FORMS = ["ORIGINAL", "COPY", "BOTH"] as const;

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();

export const AssistRef = z.object({ id, version });
export type AssistRef = z.input<typeof AssistRef>;

/** §7.5.3.2 当场审查: every material of the item's list, checked once. */
export const MaterialCheckRow = z
  .object({
    materialDefId: id,
    state: z.enum(CHECK_STATES, { error: "请选择核验结果" }),
    defect: optionalText("存在问题", 200),
    correction: optionalText("补正要求", 200),
  })
  .superRefine((m, ctx) => {
    if (m.state !== "DEFECTIVE") return;
    if (!m.defect) ctx.addIssue({ code: "custom", path: ["defect"], message: "请写明材料存在的问题" });
    if (!m.correction) ctx.addIssue({ code: "custom", path: ["correction"], message: "请写明如何补正" });
  });

/** The proxy part of a registration: also filled in when a home visit turns into proxy service (§7.3.3). */
export const proxyFields = {
  agentStaffId: z.string({ error: "请选择帮办代办员" }).min(1, "请选择帮办代办员").max(40),
  proxyReason: z.enum(PROXY_REASONS).optional().or(z.literal("").transform(() => undefined)),
  proxyReasonText: optionalText("其他特殊情况说明", 200),
  entrustmentNote: optionalText("委托书情况", 200),
  materials: z.array(MaterialCheckRow).max(60),
};

type ProxyShape = { kind?: string; proxyReason?: string; proxyReasonText?: string; entrustmentNote?: string };

/** §7.5.1 代办 "行动不便或其他特殊服务对象": the reason, its text for OTHER_SPECIAL, and the entrustment. */
export function checkProxyFields(v: ProxyShape, ctx: z.RefinementCtx, prefix: string[] = []) {
  const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [...prefix, field], message });
  if (!v.proxyReason) issue("proxyReason", "代办须选择代办原因");
  if (v.proxyReason === "OTHER_SPECIAL" && !v.proxyReasonText) issue("proxyReasonText", "请写明其他特殊情况");
  if (!v.entrustmentNote) issue("entrustmentNote", "代办须核验委托书，请填写委托书情况");
}

/** §7.5.3.1 委托登记, with the material check of §7.5.3.2. */
export const RegisterAssistInput = z
  .object({
    kind: z.enum(ASSIST_KINDS, { error: "请选择帮办或代办" }),
    clientPersonId: z.string({ error: "请先查询并选择服务对象" }).min(1, "请先查询并选择服务对象").max(40),
    serviceItemCode: z.string({ error: "请选择办理事项" }).trim().min(1, "请选择办理事项").max(20),
    ...proxyFields,
  })
  .superRefine((v, ctx) => {
    if (v.kind === "PROXY") checkProxyFields(v, ctx);
  });
export type RegisterAssistInput = z.input<typeof RegisterAssistInput>;

/** The client brought what the notice listed. */
export const SupplementAssistInput = AssistRef.extend({ note: requiredText("补齐材料说明", 200) });
export type SupplementAssistInput = z.input<typeof SupplementAssistInput>;

/** 帮办: led to the target window, where the client's case was registered. */
export const AccompanyInput = AssistRef.extend({
  targetWindowId: z.string({ error: "请选择引导至的窗口" }).min(1, "请选择引导至的窗口").max(40),
});
export type AccompanyInput = z.input<typeof AccompanyInput>;

/** 代办: the agent registers the case for the client (channel PROXY). */
export const StartProxyInput = AssistRef.extend({ windowId: optionalField(z.string().max(40)) });
export type StartProxyInput = z.input<typeof StartProxyInput>;

export const HandoverItem = z.object({
  name: requiredText("材料名称", 80),
  originalOrCopy: z.enum(MATERIAL_FORMS, { error: "请选择原件或复印件" }),
  count: z.number({ error: "请填写份数" }).int("份数应为整数").min(1, "份数至少为1").max(99, "份数不超过99"),
});

/** §7.5.3.2 / §7.5.3.3 交接手续: what changes hands, between whom. */
export const RecordHandoverInput = AssistRef.extend({
  direction: z.enum(["IN", "OUT"]),
  items: z.array(HandoverItem).min(1, "请至少列出一项交接材料").max(40),
  fromName: nameSchema,
  toName: nameSchema,
});
export type RecordHandoverInput = z.input<typeof RecordHandoverInput>;

/** HALL-71: both parties signed the printed hand-over receipt. */
export const ConfirmHandoverInput = AssistRef.extend({
  direction: z.enum(["IN", "OUT"]),
  fromSigned: z.literal(true, { error: "须由交出方在交接单上签字" }),
  toSigned: z.literal(true, { error: "须由接收方在交接单上签字" }),
});
export type ConfirmHandoverInput = z.input<typeof ConfirmHandoverInput>;

export const CompleteAssistInput = AssistRef;
export const CancelAssistInput = AssistRef.extend({ reason: requiredText("取消原因", 200) });
export type CancelAssistInput = z.input<typeof CancelAssistInput>;
