// Group 5 就业创业信息 (§6.1.3). Errata A3: the collector records the person's current
// EmploymentStatusRecord inside the collection form (verifiedBy = WINDOW); it applies to VETERAN
// categories of working age (EMP-03: 16 to the statutory retirement age, AMB-44).
import { z } from "zod";
import type { Gender } from "@/lib/generated/prisma/enums";
import { defineGroup, keysOf, need, optEnum, optMulti, optPastDate, optText, optionsOf, type FieldDef } from "./fields";

/** SPEC §3.3 EmploymentStatusRecord.status. */
export const EMPLOYMENT_STATUS_LABELS = {
  EMPLOYED_UNIT: "单位就业",
  FLEXIBLE: "灵活就业",
  SELF_EMPLOYED: "自主创业/个体经营",
  UNEMPLOYED: "未就业",
  IN_EDUCATION: "在校学习",
  RETIRED: "已退休",
  NO_WORK_CAPACITY: "无劳动能力",
  OTHER: "其他",
} as const;

/** Errata D1 labels for EmploymentStatusRecord.needs. */
export const EMPLOYMENT_NEED_LABELS = { JOB: "求职", TRAINING: "培训", ENTREPRENEURSHIP: "创业", NONE: "暂无需求" } as const;

const EMPLOYER_STATUSES: readonly string[] = ["EMPLOYED_UNIT", "SELF_EMPLOYED"];

export const EMPLOYMENT_LABELS = {
  status: "就业状态",
  employerName: "工作单位/经营主体",
  position: "职务/岗位",
  since: "起始时间",
  needs: "就业创业需求",
} as const;

export const employmentSchema = z.object({
  status: optEnum(keysOf(EMPLOYMENT_STATUS_LABELS)),
  employerName: optText(80),
  position: optText(40),
  since: optPastDate(),
  needs: optMulti(keysOf(EMPLOYMENT_NEED_LABELS)),
  // Errata A3: a status taken down at collection is verified "at the window", whatever is posted.
  verifiedBy: z.preprocess(() => "WINDOW", z.literal("WINDOW")),
});
export type EmploymentDoc = z.output<typeof employmentSchema>;

const L = EMPLOYMENT_LABELS;
const FIELDS: FieldDef[] = [
  { name: "status", label: L.status, kind: "select", options: optionsOf(EMPLOYMENT_STATUS_LABELS) },
  { name: "since", label: L.since, kind: "date" },
  { name: "employerName", label: L.employerName, kind: "text", maxLength: 80, hint: "单位就业、自主创业的必填" },
  { name: "position", label: L.position, kind: "text", maxLength: 40, hint: "单位就业的必填" },
  { name: "needs", label: L.needs, kind: "multi", options: optionsOf(EMPLOYMENT_NEED_LABELS), wide: true },
];

export const employmentGroup = defineGroup({
  label: "就业创业信息",
  description: "记录采集时了解的当前就业状况（窗口核实）。",
  schema: employmentSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields(doc) {
    return [
      ...need(doc, "status", L.status),
      ...need(doc, "employerName", L.employerName, EMPLOYER_STATUSES.includes(doc.status ?? "")),
      ...need(doc, "position", L.position, doc.status === "EMPLOYED_UNIT"),
    ];
  },
  noneAllowed: () => false,
  countsTowardCompleteness: true,
  sensitive: [],
});

// ---- working age (EMP-03, AMB-44) ------------------------------------------------------------

/**
 * Statutory retirement age in months under the 2024 NPCSC decision (in force 2025-01-01): men 60
 * and women 55, delayed one month for every four months of birth from 1965-01 (men) / 1970-01
 * (women), up to 63 / 58. Women's 55 (not the 50 of women workers) is used on purpose: we cannot
 * tell the two apart here, and wrongly showing the group costs one field, hiding it loses data.
 * AMB-44 wants a configurable table; this is its default until one exists.
 */
export function retirementAgeMonths(gender: Gender, birthDate: string): number {
  const [y, m] = birthDate.split("-").map(Number);
  const born = y * 12 + (m - 1);
  const reformFrom = (gender === "MALE" ? 1965 : 1970) * 12;
  const delay = born < reformFrom ? 0 : Math.min(36, Math.floor((born - reformFrom) / 4) + 1);
  return (gender === "MALE" ? 60 : 55) * 12 + delay;
}

/** Completed months of age on `today` (both 'YYYY-MM-DD'). */
export function ageInMonths(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  return ty * 12 + tm - (by * 12 + bm) - (td < bd ? 1 : 0);
}

export function isWorkingAge(person: { birthDate: string; gender: Gender }, today: string): boolean {
  const age = ageInMonths(person.birthDate, today);
  return age >= 16 * 12 && age < retirementAgeMonths(person.gender, person.birthDate);
}
