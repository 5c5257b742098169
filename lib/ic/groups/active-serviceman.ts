// Group 7b 现役军人信息 (§6.1.3; SPEC §3.1.2 ActiveServicemanLink). Like group 3, no unit
// designation is stored (ORG-27). The optional enlistment notice is an OTHER_PROOF checklist row.
import { z } from "zod";
import { defineGroup, keysOf, need, optEnum, optText, optYear, optionsOf, type FieldDef } from "./fields";
import { BRANCH_LABELS } from "./options";

/** Errata D1 labels. */
export const ACTIVE_RELATION_LABELS = { PARENT: "父母", SPOUSE: "配偶", CHILD: "子女" } as const;

export const ACTIVE_SERVICEMAN_LABELS = {
  servicemanName: "现役军人姓名",
  relation: "与本人关系",
  enlistmentYear: "入伍年份",
  branch: "军种",
} as const;

export const activeServicemanSchema = z.object({
  servicemanName: optText(30),
  relation: optEnum(keysOf(ACTIVE_RELATION_LABELS)),
  // The People's Liberation Army dates from 1927; a serving member enlisted after that.
  enlistmentYear: optYear(1927),
  branch: optEnum(keysOf(BRANCH_LABELS)),
});
export type ActiveServicemanDoc = z.output<typeof activeServicemanSchema>;

const L = ACTIVE_SERVICEMAN_LABELS;
const FIELDS: FieldDef[] = [
  { name: "servicemanName", label: L.servicemanName, kind: "text", maxLength: 30 },
  { name: "relation", label: L.relation, kind: "select", options: optionsOf(ACTIVE_RELATION_LABELS) },
  { name: "enlistmentYear", label: L.enlistmentYear, kind: "year" },
  { name: "branch", label: L.branch, kind: "select", options: optionsOf(BRANCH_LABELS) },
];

export const activeServicemanGroup = defineGroup({
  label: "现役军人信息",
  description: "入伍通知书或部队证明可在“材料核验”中作为其他证明上传。不填写部队番号。",
  schema: activeServicemanSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields(doc) {
    return [
      ...need(doc, "servicemanName", L.servicemanName),
      ...need(doc, "relation", L.relation),
      ...need(doc, "enlistmentYear", L.enlistmentYear),
    ];
  },
  noneAllowed: () => false,
  countsTowardCompleteness: true,
  sensitive: [],
});
