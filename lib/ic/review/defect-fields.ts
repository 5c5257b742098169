// The "field" column of a return's defect list (§3.1.4 "field + reason"). A fixed set of keys,
// not free text, so the return-analysis report (§3.1.5 退回分析, "defect field") can group by it.
// Client-safe: forms build their picklist from it.
import { DOC_TYPE_LABELS, GROUP_LABELS } from "@/lib/ic/labels";

const PERSON_FIELDS = {
  "person.name": "姓名",
  "person.idNumber": "身份证号",
  "person.contact": "联系方式",
  "person.hukou": "户籍地",
  categories: "人员类别",
  paperFile: "纸质档案存放位置",
} as const;

const entries: [string, string][] = [
  ...Object.entries(PERSON_FIELDS),
  ...Object.entries(GROUP_LABELS).map(([k, v]) => [`group.${k}`, v] as [string, string]),
  ...Object.entries(DOC_TYPE_LABELS).map(([k, v]) => [`doc.${k}`, `材料：${v}`] as [string, string]),
  ["other", "其他"],
];

export const DEFECT_FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(entries);
export const DEFECT_FIELD_KEYS = entries.map(([k]) => k) as [string, ...string[]];
export const DEFECT_FIELD_OPTIONS = entries.map(([value, label]) => ({ value, label }));

export function defectFieldLabel(key: string): string {
  return DEFECT_FIELD_LABELS[key] ?? key;
}
