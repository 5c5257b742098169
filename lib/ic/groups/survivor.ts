// Group 7a 遗属信息 (§6.1.3; SPEC §3.1.2 SurvivorInfo). The death certificate and the proof of
// kinship are the DEATH_CERT_AND_KINSHIP checklist row (§6.1.2 h), not fields here.
import { z } from "zod";
import { defineGroup, keysOf, need, optEnum, optPastDate, optText, optionsOf, type FieldDef } from "./fields";

export const DEATH_TYPE_LABELS = { MARTYR: "烈士", DUTY_DEATH: "因公牺牲", ILLNESS_DEATH: "病故" } as const;

export const SURVIVOR_RELATION_LABELS = {
  PARENT: "父母",
  SPOUSE: "配偶",
  CHILD: "子女",
  SIBLING: "兄弟姐妹（依靠其生活）",
  FOSTERER: "抚养人",
} as const;

export const SURVIVOR_LABELS = {
  deceasedName: "牺牲/病故军人姓名",
  deathType: "牺牲/病故类型",
  certNo: "证明书编号",
  deathDate: "牺牲/病故时间",
  relation: "与本人关系",
} as const;

export const survivorSchema = z.object({
  deceasedName: optText(30),
  deathType: optEnum(keysOf(DEATH_TYPE_LABELS)),
  certNo: optText(40),
  deathDate: optPastDate(),
  relation: optEnum(keysOf(SURVIVOR_RELATION_LABELS)),
});
export type SurvivorDoc = z.output<typeof survivorSchema>;

const L = SURVIVOR_LABELS;
const FIELDS: FieldDef[] = [
  { name: "deceasedName", label: L.deceasedName, kind: "text", maxLength: 30 },
  { name: "deathType", label: L.deathType, kind: "select", options: optionsOf(DEATH_TYPE_LABELS), hint: "须与人员类别一致（烈士遗属—烈士，因公牺牲军人遗属—因公牺牲，病故军人遗属—病故）" },
  { name: "certNo", label: L.certNo, kind: "text", maxLength: 40, hint: "烈士证明书/因公牺牲军人证明书/病故军人证明书编号" },
  { name: "deathDate", label: L.deathDate, kind: "date" },
  { name: "relation", label: L.relation, kind: "select", options: optionsOf(SURVIVOR_RELATION_LABELS) },
];

export const survivorGroup = defineGroup({
  label: "遗属信息",
  schema: survivorSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields(doc) {
    return [
      ...need(doc, "deceasedName", L.deceasedName),
      ...need(doc, "deathType", L.deathType),
      ...need(doc, "certNo", L.certNo),
      ...need(doc, "relation", L.relation),
    ];
  },
  noneAllowed: () => false,
  countsTowardCompleteness: true,
  sensitive: [],
});
