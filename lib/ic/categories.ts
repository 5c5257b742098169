// SPEC §3.1.1: category groups decide which content groups and documents apply.
import type { SubjectCategory } from "@/lib/generated/prisma/enums";

export type CategoryGroup = "VETERAN" | "OTHER_BENEFICIARY" | "SURVIVOR" | "RELATIVE";

export const CATEGORY_GROUP: Record<SubjectCategory, CategoryGroup> = {
  DISCHARGED_SOLDIER: "VETERAN",
  TRANSFERRED_OFFICER: "VETERAN",
  MILITARY_RETIRED_CADRE: "VETERAN",
  RETIRED_NCO: "VETERAN",
  ARMY_CIVILIAN_RETIREE: "OTHER_BENEFICIARY",
  THREE_REDS: "VETERAN",
  RURAL_DEMOBILISED_VETERAN: "VETERAN",
  DEMOBILISED_CADRE: "VETERAN",
  DISABLED_VETERAN: "VETERAN",
  DISABLED_MILITIA_LABOURER: "OTHER_BENEFICIARY",
  MARTYR_SURVIVOR: "SURVIVOR",
  DUTY_DEATH_SURVIVOR: "SURVIVOR",
  ILLNESS_DEATH_SURVIVOR: "SURVIVOR",
  ACTIVE_SERVICEMAN_RELATIVE: "RELATIVE",
  REFORM_CONVERTED: "VETERAN",
  OTHER: "OTHER_BENEFICIARY",
};

/** IC-06(4): each survivor category requires the matching death type. */
export const SURVIVOR_DEATH_TYPE: Partial<Record<SubjectCategory, "MARTYR" | "DUTY_DEATH" | "ILLNESS_DEATH">> = {
  MARTYR_SURVIVOR: "MARTYR",
  DUTY_DEATH_SURVIVOR: "DUTY_DEATH",
  ILLNESS_DEATH_SURVIVOR: "ILLNESS_DEATH",
};

export const ALL_CATEGORIES = Object.keys(CATEGORY_GROUP) as SubjectCategory[];

export function hasGroup(categories: readonly SubjectCategory[], group: CategoryGroup): boolean {
  return categories.some((c) => CATEGORY_GROUP[c] === group);
}
