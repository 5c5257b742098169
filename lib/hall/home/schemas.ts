import { z } from "zod";
import { optionalField } from "@/lib/core/validators/common";
import { nameSchema } from "@/lib/core/validators/name";
import { checkProxyFields, proxyFields } from "@/lib/hall/assist/schemas";
import { optionalText, requiredText } from "@/lib/hall/consultations/schemas";

// One schema per command (STYLE.md); the forms use the same ones. Client-safe: no server imports.

export const HOME_HARDSHIPS = ["SERIOUS_ILLNESS", "DISABILITY", "ADVANCED_AGE_FRAILTY", "OTHER"] as const;
export const HOME_SERVICE_CONTENTS = ["POLICY_PUBLICITY", "CONSULTATION", "PROCESSING"] as const;
export const HOME_RESULTS = ["COMPLETED_ON_SITE", "ACCEPTED_WITH_DEADLINE", "PROXY"] as const;

const id = z.string({ error: "缺少记录编号" }).min(1, "缺少记录编号").max(40);
const version = z.number().int().nonnegative();
export const HomeRef = z.object({ id, version });
export type HomeRef = z.input<typeof HomeRef>;

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** §7.3.2 a: the applicant or their agent asks the window for a home visit; a) and b) of §7.3.1 are recorded. */
export const RequestHomeServiceInput = z.object({
  applicantPersonId: z.string({ error: "请先查询并选择申请人" }).min(1, "请先查询并选择申请人").max(40),
  agentName: optionalField(nameSchema),
  serviceItemCode: z.string({ error: "请选择服务事项" }).trim().min(1, "请选择服务事项").max(20),
  needsOnSiteAuthentication: z.boolean({ error: "请确认该事项是否需要现场认证" }),
  hardship: z.enum(HOME_HARDSHIPS, { error: "请选择实际困难（§7.3.1 b）" }),
  hardshipNote: requiredText("困难情况说明或证明", 2000),
});
export type RequestHomeServiceInput = z.input<typeof RequestHomeServiceInput>;

/**
 * §7.3.2 b 条件确认 by a clerk. ELIGIBLE needs b) confirmed (always) and a) (AMB-10; the a)
 * exception is a reviewer's, errata B10); NOT_ELIGIBLE needs the reason told to the client.
 */
export const DecideEligibilityInput = HomeRef.extend({
  decision: z.enum(["ELIGIBLE", "NOT_ELIGIBLE"], { error: "请选择是否符合条件" }),
  hardshipConfirmed: z.boolean().default(false),
  reason: optionalText("不符合条件的理由", 500),
}).superRefine((v, ctx) => {
  if (v.decision === "ELIGIBLE" && !v.hardshipConfirmed) ctx.addIssue({ code: "custom", path: ["hardshipConfirmed"], message: "须核实本人存在重病、伤残等实际困难（§7.3.1 b）" });
  if (v.decision === "NOT_ELIGIBLE" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "请写明不符合条件的理由（将告知申请人，可建议改为代办服务）" });
});
export type DecideEligibilityInput = z.input<typeof DecideEligibilityInput>;

/** Errata B10 (Rec.): a reviewer excepts condition a) for a client who meets b). */
export const ApproveHomeExceptionInput = HomeRef.extend({
  hardshipConfirmed: z.literal(true, { error: "须核实本人存在重病、伤残等实际困难（§7.3.1 b）" }),
  reason: requiredText("例外批准理由", 500),
});
export type ApproveHomeExceptionInput = z.input<typeof ApproveHomeExceptionInput>;

/** §7.3.2 c: time and place agreed with the applicant; staff assigned (≥1, 2 recommended). */
export const ScheduleHomeInput = HomeRef.extend({
  agreedAt: z.string({ error: "请选择约定上门时间" }).trim().regex(DATETIME_RE, "请选择约定上门时间"),
  address: requiredText("上门地点", 120),
  serviceStaffIds: z.array(z.string().min(1).max(40)).min(1, "请至少安排1名上门服务人员").max(5, "上门服务人员不超过5名"),
});
export type ScheduleHomeInput = z.input<typeof ScheduleHomeInput>;

/**
 * §7.3.2 d / §7.3.3: what was provided and the result. Processing results need the materials
 * checked on the spot; a proxy result carries the proxy registration (§7.5).
 */
export const RecordVisitInput = HomeRef.extend({
  servicesProvided: z.array(z.enum(HOME_SERVICE_CONTENTS)).min(1, "请选择提供的服务内容"),
  result: z.enum(HOME_RESULTS, { error: "请选择办理结果" }),
  resultNote: optionalText("情况说明", 1000),
  materialsChecked: z.boolean().default(false),
  proxy: z.object({ ...proxyFields }).optional(),
}).superRefine((v, ctx) => {
  const processing = v.result === "COMPLETED_ON_SITE" || v.result === "ACCEPTED_WITH_DEADLINE";
  if (processing && !v.servicesProvided.includes("PROCESSING")) ctx.addIssue({ code: "custom", path: ["servicesProvided"], message: "当场办结或受理的，服务内容应包括“业务办理”" });
  if (processing && !v.materialsChecked) ctx.addIssue({ code: "custom", path: ["materialsChecked"], message: "请确认申请材料已当场核验齐全" });
  if (v.result === "PROXY") {
    if (!v.proxy) ctx.addIssue({ code: "custom", path: ["proxy"], message: "转代办须填写代办委托信息" });
    else checkProxyFields(v.proxy, ctx, ["proxy"]);
  }
});
export type RecordVisitInput = z.input<typeof RecordVisitInput>;
