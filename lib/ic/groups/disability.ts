// Group 7 抚恤优待信息 — DisabilityInfo (§6.1.3; SPEC §3.1.2). Errata A3: the derived parts of
// group 7 (card, plaque, entitlements) come from module D; DisabilityInfo stays required for the
// DISABLED_* categories (IC-06(3)). ORG-26 classes it SENSITIVE; only in-scope staff, who may
// open the file anyway, can read it, so the audit diff keeps it readable for review.
import { z } from "zod";
import { defineGroup, keysOf, need, optEnum, optLongText, optPastDate, optText, optionsOf, type FieldDef } from "./fields";

export const DISABILITY_GRADE_LABELS = {
  G1: "一级", G2: "二级", G3: "三级", G4: "四级", G5: "五级", G6: "六级", G7: "七级", G8: "八级", G9: "九级", G10: "十级",
} as const;

export const DISABILITY_NATURE_LABELS = { WAR: "因战", DUTY: "因公", ILLNESS: "因病" } as const;

export const DISABILITY_CERT_TYPE_LABELS = {
  DISABLED_SERVICEMAN_CERT: "残疾军人证",
  DISABLED_MILITIA_CERT: "伤残民兵民工证",
  OTHER: "其他",
} as const;

export const DISABILITY_LABELS = {
  grade: "残疾等级",
  nature: "残疾性质",
  certType: "证件",
  certNo: "证件编号",
  assessedOn: "评残时间",
  changeHistory: "变动伤残记录",
} as const;

export const disabilitySchema = z.object({
  grade: optEnum(keysOf(DISABILITY_GRADE_LABELS)),
  nature: optEnum(keysOf(DISABILITY_NATURE_LABELS)),
  certType: optEnum(keysOf(DISABILITY_CERT_TYPE_LABELS)),
  certNo: optText(40),
  assessedOn: optPastDate(),
  changeHistory: optLongText(1000),
});
export type DisabilityDoc = z.output<typeof disabilitySchema>;

const L = DISABILITY_LABELS;
const FIELDS: FieldDef[] = [
  { name: "grade", label: L.grade, kind: "select", options: optionsOf(DISABILITY_GRADE_LABELS) },
  { name: "nature", label: L.nature, kind: "select", options: optionsOf(DISABILITY_NATURE_LABELS) },
  { name: "certType", label: L.certType, kind: "select", options: optionsOf(DISABILITY_CERT_TYPE_LABELS) },
  { name: "certNo", label: L.certNo, kind: "text", maxLength: 40 },
  { name: "assessedOn", label: L.assessedOn, kind: "date" },
  { name: "changeHistory", label: L.changeHistory, kind: "textarea", wide: true, hint: "按时间顺序填写历次调整等级的时间、等级和文号" },
];

export const disabilityGroup = defineGroup({
  label: "伤残信息",
  schema: disabilitySchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields(doc) {
    return [
      ...need(doc, "grade", L.grade),
      ...need(doc, "nature", L.nature),
      ...need(doc, "certType", L.certType),
      ...need(doc, "certNo", L.certNo),
    ];
  },
  noneAllowed: () => false,
  countsTowardCompleteness: true,
  sensitive: [],
});
