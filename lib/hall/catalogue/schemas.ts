import { z } from "zod";
import { phoneSchema } from "@/lib/core/validators/phone";

export const SERVICE_MODULES = ["IC", "RH", "EMP", "ENT", "EDU", "PC", "HA", "RP", "VOL", "ARC", "OTHER"] as const;
export const ITEM_LEVELS = ["CITY", "DISTRICT", "TOWN", "VILLAGE"] as const;
export const MATERIAL_FORMS = ["ORIGINAL", "COPY", "BOTH"] as const;

const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}个字`);
const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label}不超过${max}个字`).optional();
const days = (label: string) =>
  z.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(365, `${label}不超过365个工作日`);

export const ProcedureStep = z.object({
  title: text("步骤名称", 40),
  description: optionalText("步骤说明", 500),
});
export type ProcedureStep = z.infer<typeof ProcedureStep>;

export const MaterialInput = z.object({
  name: text("材料名称", 80),
  originalOrCopy: z.enum(MATERIAL_FORMS, { error: "请选择原件或复印件" }),
  count: z.number({ error: "请填写份数" }).int("份数应为整数").min(1, "份数至少为1").max(20, "份数不超过20"),
  mandatory: z.boolean(),
  note: optionalText("备注", 200),
  howToObtain: optionalText("获取方式", 200),
});
export type MaterialInput = z.infer<typeof MaterialInput>;

/** SPEC §3.12.1: a complaint channel names a telephone number (V-PHONE) and an address. */
const PHONE_IN_TEXT = /(0\d{2,3}-\d{7,8})|(1[3-9]\d{9})/;

const itemFields = {
  name: text("事项名称", 80),
  module: z.enum(SERVICE_MODULES, { error: "请选择所属业务" }),
  levels: z.array(z.enum(ITEM_LEVELS), { error: "请至少选择一个办理层级" }).min(1, "请至少选择一个办理层级"),
  legalBasis: text("办理依据", 4000),
  conditions: text("办理条件", 4000),
  requirements: text("办理要求", 4000),
  procedure: z.array(ProcedureStep, { error: "请至少填写一个办理步骤" }).min(1, "请至少填写一个办理步骤").max(20, "办理步骤不超过20步"),
  materials: z.array(MaterialInput, { error: "请至少填写一项申请材料" }).min(1, "请至少填写一项申请材料").max(40, "申请材料不超过40项"),
  promisedWorkingDays: days("承诺时限"),
  statutoryWorkingDays: days("法定时限").optional(),
  complaintChannel: text("投诉方式", 500).regex(PHONE_IN_TEXT, "投诉方式应写明投诉电话（如 0532-12345678）和地址"),
  consultPhone: phoneSchema,
  proxyEligible: z.boolean(),
  homeServiceEligible: z.boolean(),
  requiresOnSiteAuthentication: z.boolean(),
  fee: text("收费标准", 60),
};

type TimeLimits = { promisedWorkingDays: number; statutoryWorkingDays?: number };

/** The promised limit is a commitment to do better than the law, never worse (§3.12.1). */
export function timeLimitProblem(v: TimeLimits): string | null {
  if (v.statutoryWorkingDays !== undefined && v.promisedWorkingDays > v.statutoryWorkingDays) {
    return `承诺时限不能超过法定时限（${v.statutoryWorkingDays}个工作日）`;
  }
  return null;
}

/**
 * Runs even when other fields fail (zod skips object refinements by default then), so the clerk
 * sees every problem at once; it needs only the two limits to be valid numbers.
 */
const timeLimitRule: [(v: TimeLimits) => boolean, Exclude<Parameters<z.ZodType["refine"]>[1], string | undefined>] = [
  (v) => timeLimitProblem(v) === null,
  {
    path: ["promisedWorkingDays"],
    error: (iss) => timeLimitProblem(iss.input as TimeLimits) ?? "承诺时限不能超过法定时限",
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "promisedWorkingDays" || i.path?.[0] === "statutoryWorkingDays"),
  },
];

export const ServiceItemCreateInput = z
  .object({
    code: z
      .string({ error: "请填写事项编码" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, "事项编码应为2–20位大写字母、数字或短横线，如 PC-001"),
    ...itemFields,
  })
  .refine(...timeLimitRule);
export type ServiceItemCreateInput = z.input<typeof ServiceItemCreateInput>;

/** Editing a DRAFT changes it in place; editing a PUBLISHED or RETIRED version drafts the next version. */
export const ServiceItemUpdateInput = z
  .object({ id: z.string().min(1), version: z.number().int().nonnegative(), ...itemFields })
  .refine(...timeLimitRule);
export type ServiceItemUpdateInput = z.input<typeof ServiceItemUpdateInput>;

export const ServiceItemTransitionInput = z.object({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
  action: z.enum(["review", "return", "publish", "retire"]),
  reason: z.string().trim().max(200, "理由不超过200个字").optional(),
});
export type ServiceItemTransitionInput = z.infer<typeof ServiceItemTransitionInput>;

/** Reads the stored procedure JSON defensively: a malformed value shows as no steps. */
export function parseProcedure(json: unknown): ProcedureStep[] {
  const r = z.array(z.object({ title: z.string(), description: z.string().optional() })).safeParse(json);
  return r.success ? r.data : [];
}
