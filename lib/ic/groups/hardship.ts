// Group 9 特困低保信息 (§6.1.3; SPEC §3.1.2 HardshipStatus). Always applicable; "无" records
// "neither on minimum living allowance nor in extreme-poverty support". ORG-26 SENSITIVE: read
// only within scope; unlike bank accounts it is shown in full to those who open the file.
import { z } from "zod";
import { defineGroup, need, optBool, optLongText, optPastDate, optionsOf, type FieldDef } from "./fields";
import { YES_NO_LABELS } from "./options";

export const HARDSHIP_LABELS = {
  minLiving: "是否享受低保",
  minLivingSince: "享受低保起始时间",
  extremePoverty: "是否特困供养",
  lowIncomeMarginal: "是否低保边缘",
  otherAssistance: "其他救助情况",
} as const;

export const hardshipSchema = z.object({
  minLiving: optBool(),
  minLivingSince: optPastDate(),
  extremePoverty: optBool(),
  lowIncomeMarginal: optBool(),
  otherAssistance: optLongText(500),
});
export type HardshipDoc = z.output<typeof hardshipSchema>;

const L = HARDSHIP_LABELS;
const yesNo = optionsOf(YES_NO_LABELS);
const FIELDS: FieldDef[] = [
  { name: "minLiving", label: L.minLiving, kind: "bool", options: yesNo },
  { name: "minLivingSince", label: L.minLivingSince, kind: "date", hint: "享受低保的必填" },
  { name: "extremePoverty", label: L.extremePoverty, kind: "bool", options: yesNo },
  { name: "lowIncomeMarginal", label: L.lowIncomeMarginal, kind: "bool", options: yesNo },
  { name: "otherAssistance", label: L.otherAssistance, kind: "textarea", wide: true },
];

export const hardshipGroup = defineGroup({
  label: "特困低保信息",
  description: "均不享受的，可点击“标记为“无””。",
  schema: hardshipSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields(doc) {
    return [
      ...need(doc, "minLiving", L.minLiving),
      ...need(doc, "minLivingSince", L.minLivingSince, doc.minLiving === true),
      ...need(doc, "extremePoverty", L.extremePoverty),
    ];
  },
  noneAllowed: () => true,
  countsTowardCompleteness: true,
  sensitive: [],
});
