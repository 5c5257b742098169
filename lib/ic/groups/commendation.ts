// Group 8 褒扬激励信息 (§6.1.3; SPEC §3.1.2 Commendation, 1:n). Optional: "无" is a valid answer.
import { z } from "zod";
import { defineGroup, itemKey, itemsNeed, keysOf, listOf, need, optEnum, optPastDate, optText, optionsOf, type FieldDef } from "./fields";

/** Errata D1 labels. */
export const COMMENDATION_LEVEL_LABELS = {
  NATIONAL: "国家级",
  PROVINCIAL: "省级",
  CITY: "市级",
  DISTRICT: "区（市）级",
  TOWN: "镇（街道）级",
} as const;

export const COMMENDATION_LABELS = {
  title: "荣誉名称",
  level: "级别",
  awardedOn: "授予时间",
  authority: "授予机关",
} as const;

export const commendationItemSchema = z.object({
  key: itemKey(),
  title: optText(80),
  level: optEnum(keysOf(COMMENDATION_LEVEL_LABELS)),
  awardedOn: optPastDate(),
  authority: optText(60),
});
export const commendationSchema = z.object({ items: listOf(commendationItemSchema) });
export type CommendationDoc = z.output<typeof commendationSchema>;

const L = COMMENDATION_LABELS;
const FIELDS: FieldDef[] = [
  { name: "title", label: L.title, kind: "text", maxLength: 80, hint: "如：最美退役军人" },
  { name: "level", label: L.level, kind: "select", options: optionsOf(COMMENDATION_LEVEL_LABELS) },
  { name: "awardedOn", label: L.awardedOn, kind: "date" },
  { name: "authority", label: L.authority, kind: "text", maxLength: 60 },
];

export const commendationGroup = defineGroup({
  label: "褒扬激励信息",
  description: "每项荣誉一条；没有的，请点击“标记为“无””。",
  schema: commendationSchema,
  labels: L,
  fields: FIELDS,
  list: true,
  requiredFields(doc) {
    return itemsNeed(doc.items, (it, p) => [
      ...need(it, "title", L.title, true, p),
      ...need(it, "level", L.level, true, p),
      ...need(it, "awardedOn", L.awardedOn, true, p),
    ]);
  },
  noneAllowed: () => true,
  countsTowardCompleteness: true,
  sensitive: [],
});
