// Group 4 安置信息 (§6.1.3; SPEC §3.1.2 PlacementRecord; PlacementMode from §3.11.1 + errata A1).
import { z } from "zod";
import { defineGroup, keysOf, need, optBool, optEnum, optText, optYear, optionsOf, type FieldDef } from "./fields";
import { DISTRICT_LABELS, YES_NO_LABELS } from "./options";
import { serviceOptional } from "./service";

/** §3.11.1 PlacementMode; errata A1 adds DEMOBILISED_SOLDIER and OTHER (三红人员、在乡老复员军人). */
export const PLACEMENT_MODE_LABELS = {
  TRANSFERRED_OFFICER: "转业军官",
  ASSIGNED_JOB: "安排工作退役士兵",
  MONTHLY_RETIREMENT_PAY: "逐月领取退役金退役军人",
  DEMOBILISED_OFFICER: "复员军官",
  SELF_EMPLOYED_SOLDIER: "自主就业退役士兵",
  DISPERSED_SUPPORT: "分散供养退役军人",
  SELF_EMPLOYMENT_LEGACY: "自谋职业退役士兵",
  FLEXIBLE_EMPLOYMENT: "灵活就业退役士兵",
  DEEMED_WAIVED_JOB: "视为放弃安排工作待遇退役士兵",
  DEEMED_WAIVED_PLACEMENT: "视为放弃安置待遇退役士兵",
  LIXIU: "离休军人",
  CENTRALISED_SUPPORT: "集中供养退役军人",
  SELF_CHOSEN_CAREER: "自主择业军队转业干部",
  RETIREMENT: "退休（离退休干部/退休士官）",
  DEMOBILISED_SOLDIER: "复员军人",
  OTHER: "其他",
} as const;
export type PlacementMode = keyof typeof PLACEMENT_MODE_LABELS;

export const SUBSIDY_STATUS_LABELS = { NA: "不适用", PREREGISTERED: "已预登记", PAID: "已发放" } as const;

/** SPEC §3.1.2: a receiving unit is recorded for these modes. */
const RECEIVING_UNIT_MODES: readonly string[] = ["TRANSFERRED_OFFICER", "ASSIGNED_JOB"];

export const PLACEMENT_LABELS = {
  placementMode: "安置方式",
  placementYear: "安置年度",
  placementDistrictCode: "安置地区（市）",
  receivingUnit: "接收安置单位",
  resumedStudy: "入伍前在校生退役后复学",
  schoolName: "复学学校",
  oneTimeSubsidyStatus: "一次性经济补助",
  monthlyRetirementPay: "逐月领取退役金",
} as const;

export const placementSchema = z.object({
  placementMode: optEnum(keysOf(PLACEMENT_MODE_LABELS)),
  placementYear: optYear(1949),
  // Stored as the GB/T 2260 code of §0.6 District rather than a unit id: the document stays
  // self-describing and checkable without a database (the 10 codes are fixed by the spec).
  placementDistrictCode: optEnum(keysOf(DISTRICT_LABELS)),
  receivingUnit: optText(80),
  resumedStudy: optBool(),
  schoolName: optText(80),
  oneTimeSubsidyStatus: optEnum(keysOf(SUBSIDY_STATUS_LABELS)),
  monthlyRetirementPay: optBool(),
});
export type PlacementDoc = z.output<typeof placementSchema>;

const L = PLACEMENT_LABELS;
const FIELDS: FieldDef[] = [
  { name: "placementMode", label: L.placementMode, kind: "select", options: optionsOf(PLACEMENT_MODE_LABELS) },
  { name: "placementYear", label: L.placementYear, kind: "year" },
  { name: "placementDistrictCode", label: L.placementDistrictCode, kind: "select", options: optionsOf(DISTRICT_LABELS) },
  { name: "receivingUnit", label: L.receivingUnit, kind: "text", maxLength: 80, hint: "转业军官、安排工作退役士兵必填" },
  { name: "resumedStudy", label: L.resumedStudy, kind: "bool", options: optionsOf(YES_NO_LABELS) },
  { name: "schoolName", label: L.schoolName, kind: "text", maxLength: 80, hint: "复学的必填" },
  { name: "oneTimeSubsidyStatus", label: L.oneTimeSubsidyStatus, kind: "select", options: optionsOf(SUBSIDY_STATUS_LABELS) },
  { name: "monthlyRetirementPay", label: L.monthlyRetirementPay, kind: "bool", options: optionsOf(YES_NO_LABELS) },
];

export const placementGroup = defineGroup({
  label: "安置信息",
  schema: placementSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields(doc) {
    return [
      ...need(doc, "placementMode", L.placementMode),
      ...need(doc, "placementYear", L.placementYear),
      ...need(doc, "placementDistrictCode", L.placementDistrictCode),
      ...need(doc, "receivingUnit", L.receivingUnit, RECEIVING_UNIT_MODES.includes(doc.placementMode ?? "")),
      ...need(doc, "schoolName", L.schoolName, doc.resumedStudy === true),
    ];
  },
  // Errata A1: as for service info, a reform-converted civilian who never served has no placement.
  noneAllowed: (ctx) => serviceOptional(ctx.categories),
  countsTowardCompleteness: true,
  sensitive: [],
});
