// Group 3a 立功受奖 (§6.1.3, §6.1.2 f; SPEC §3.1.2 MeritAward, 1:n). The certificates themselves
// are SourceDocumentCheck rows (MERIT_CERT, one per award that needs one, keyed by the item key).
import { z } from "zod";
import { defineGroup, itemKey, itemsNeed, keysOf, listOf, need, optBool, optEnum, optPastDate, optText, optionsOf, type FieldDef } from "./fields";
import { YES_NO_LABELS } from "./options";

export const MERIT_LEVEL_LABELS = {
  HONORARY_TITLE: "荣誉称号",
  FIRST_CLASS: "一等功",
  SECOND_CLASS: "二等功",
  THIRD_CLASS: "三等功",
  COMMENDATION: "嘉奖",
  OUTSTANDING_SOLDIER: "优秀士兵",
  OTHER: "其他",
} as const;

/** SPEC §3.1.2 certFileIds: a certificate is required for third-class merit or above, or an honorary title. */
export const CERT_REQUIRED_LEVELS: readonly string[] = ["HONORARY_TITLE", "FIRST_CLASS", "SECOND_CLASS", "THIRD_CLASS"];

export const MERIT_LABELS = {
  level: "奖励等级",
  duringService: "是否服现役期间",
  wartime: "是否战时",
  awardDate: "授予时间",
  authority: "授予机关",
  certificateNo: "证书编号",
} as const;

export const meritItemSchema = z.object({
  key: itemKey(),
  level: optEnum(keysOf(MERIT_LEVEL_LABELS)),
  duringService: optBool(),
  wartime: optBool(),
  awardDate: optPastDate(),
  authority: optText(60),
  certificateNo: optText(40),
});
export const meritSchema = z.object({ items: listOf(meritItemSchema) });
export type MeritItem = z.output<typeof meritItemSchema>;
export type MeritDoc = z.output<typeof meritSchema>;

const L = MERIT_LABELS;
const FIELDS: FieldDef[] = [
  { name: "level", label: L.level, kind: "select", options: optionsOf(MERIT_LEVEL_LABELS), hint: "三等功及以上、荣誉称号须提供证件" },
  { name: "awardDate", label: L.awardDate, kind: "date" },
  { name: "duringService", label: L.duringService, kind: "bool", options: optionsOf(YES_NO_LABELS) },
  { name: "wartime", label: L.wartime, kind: "bool", options: optionsOf(YES_NO_LABELS) },
  { name: "authority", label: L.authority, kind: "text", maxLength: 60 },
  { name: "certificateNo", label: L.certificateNo, kind: "text", maxLength: 40 },
];

export const meritGroup = defineGroup({
  label: "立功受奖",
  description: "每项奖励一条；没有立功受奖的，请点击“标记为“无””。",
  schema: meritSchema,
  labels: L,
  fields: FIELDS,
  list: true,
  requiredFields(doc) {
    return itemsNeed(doc.items, (it, p) => [
      ...need(it, "level", L.level, true, p),
      ...need(it, "duringService", L.duringService, true, p),
      ...need(it, "wartime", L.wartime, true, p),
      ...need(it, "awardDate", L.awardDate, true, p),
    ]);
  },
  // "if any award": having none is a legitimate answer.
  noneAllowed: () => true,
  countsTowardCompleteness: true,
  sensitive: [],
});
