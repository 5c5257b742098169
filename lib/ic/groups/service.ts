// Group 3 服役信息 (§6.1.3; SPEC §3.1.2 ServiceRecord, 1:n; errata A1). ORG-27: branch, years,
// rank, soldier type and a generic post category only — there is deliberately no field for a unit
// designation (部队番号) or a duty post, and unknown keys are stripped by the schema.
import { z } from "zod";
import type { SubjectCategory } from "@/lib/generated/prisma/enums";
import { CATEGORY_GROUP } from "@/lib/ic/categories";
import {
  defineGroup, itemKey, itemsNeed, keysOf, listOf, need, optEnum, optPastDate, optText, optionsOf, type FieldDef,
} from "./fields";
import { BRANCH_LABELS } from "./options";

export const SOLDIER_TYPE_LABELS = { CONSCRIPT: "义务兵", NCO: "士官", OFFICER: "军官", CADET: "学员", OTHER: "其他" } as const;

/** Errata D1 labels. */
export const POST_CATEGORY_LABELS = { COMBAT: "作战", TECHNICAL: "技术", SUPPORT: "保障", MEDICAL: "医疗卫生", COMMAND: "指挥", OTHER: "其他" } as const;

export const COMBAT_OR_TEST_LABELS = { NONE: "无", COMBAT: "参战", NUCLEAR_TEST: "参加核试验", BOTH: "均有" } as const;

/** Errata A1 adds DEMOBILISATION and NONE: 三红人员、在乡老复员军人、复员干部 hold other papers or none. */
export const DISCHARGE_CERT_TYPE_LABELS = {
  DISCHARGE: "退役证",
  TRANSFER: "转业证",
  RETIREMENT: "离退休证",
  DEMOBILISATION: "复员证明",
  NONE: "无（已核实）",
} as const;

export const SERVICE_LABELS = {
  enlistmentDate: "入伍时间",
  dischargeDate: "退役时间",
  branch: "军种",
  soldierType: "人员类型",
  lastRank: "退役时军衔",
  postCategory: "岗位类别",
  enlistmentPlace: "入伍地",
  combatOrTest: "参战参试",
  dischargeCertType: "证件类型",
  dischargeCertNo: "证件编号",
} as const;

export const serviceItemSchema = z.object({
  key: itemKey(),
  enlistmentDate: optPastDate(),
  dischargeDate: optPastDate(),
  branch: optEnum(keysOf(BRANCH_LABELS)),
  soldierType: optEnum(keysOf(SOLDIER_TYPE_LABELS)),
  lastRank: optText(20),
  postCategory: optEnum(keysOf(POST_CATEGORY_LABELS)),
  enlistmentPlace: optText(60),
  combatOrTest: optEnum(keysOf(COMBAT_OR_TEST_LABELS)),
  dischargeCertType: optEnum(keysOf(DISCHARGE_CERT_TYPE_LABELS)),
  dischargeCertNo: optText(40),
});
export const serviceSchema = z.object({ items: listOf(serviceItemSchema, 10) });
export type ServiceItem = z.output<typeof serviceItemSchema>;
export type ServiceDoc = z.output<typeof serviceSchema>;

const L = SERVICE_LABELS;
const FIELDS: FieldDef[] = [
  { name: "enlistmentDate", label: L.enlistmentDate, kind: "date" },
  { name: "dischargeDate", label: L.dischargeDate, kind: "date" },
  { name: "branch", label: L.branch, kind: "select", options: optionsOf(BRANCH_LABELS) },
  { name: "soldierType", label: L.soldierType, kind: "select", options: optionsOf(SOLDIER_TYPE_LABELS) },
  { name: "lastRank", label: L.lastRank, kind: "text", maxLength: 20 },
  { name: "postCategory", label: L.postCategory, kind: "select", options: optionsOf(POST_CATEGORY_LABELS) },
  { name: "enlistmentPlace", label: L.enlistmentPlace, kind: "text", maxLength: 60, hint: "填写地名，不填写部队番号" },
  { name: "combatOrTest", label: L.combatOrTest, kind: "select", options: optionsOf(COMBAT_OR_TEST_LABELS) },
  { name: "dischargeCertType", label: L.dischargeCertType, kind: "select", options: optionsOf(DISCHARGE_CERT_TYPE_LABELS) },
  { name: "dischargeCertNo", label: L.dischargeCertNo, kind: "text", maxLength: 40, hint: "证件类型为“无（已核实）”时不填" },
];

/**
 * Errata A1: for 军队改革集体转制人员 service info is required only if the person was on active
 * duty. When every VETERAN-group category is REFORM_CONVERTED, "无" records "never served".
 */
export function serviceOptional(categories: readonly SubjectCategory[]): boolean {
  const veteran = categories.filter((c) => CATEGORY_GROUP[c] === "VETERAN");
  return veteran.length > 0 && veteran.every((c) => c === "REFORM_CONVERTED");
}

export const serviceGroup = defineGroup({
  label: "服役信息",
  description: "每段服役经历一条。根据保密要求，不得填写部队番号和涉密岗位。",
  schema: serviceSchema,
  labels: L,
  fields: FIELDS,
  list: true,
  requiredFields(doc) {
    // An empty list still needs one record: the required fields of a blank item are all missing.
    const items = doc.items.length ? doc.items : [{} as ServiceItem];
    return itemsNeed(items, (it, p) => [
      ...need(it, "enlistmentDate", L.enlistmentDate, true, p),
      ...need(it, "dischargeDate", L.dischargeDate, true, p),
      ...need(it, "branch", L.branch, true, p),
      ...need(it, "soldierType", L.soldierType, true, p),
      ...need(it, "dischargeCertType", L.dischargeCertType, true, p),
      ...need(it, "dischargeCertNo", L.dischargeCertNo, it.dischargeCertType !== "NONE", p),
    ]);
  },
  noneAllowed: (ctx) => serviceOptional(ctx.categories),
  countsTowardCompleteness: true,
  sensitive: [],
});
