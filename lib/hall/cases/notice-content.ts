// §7.6 a–f / HALL-01: what a one-time notice says, computed from the material check. Pure, so the
// "all at once, in full" and "a second notice lists only what the first did not" rules are unit-tested.

export type MaterialRow = {
  name: string;
  originalOrCopy: string;
  count: number;
  mandatory: boolean;
  howToObtain: string | null;
  state: string;
  defect: string | null;
  correction: string | null;
};

export type RequiredMaterial = { name: string; originalOrCopy: string; count: number; mandatory: boolean; howToObtain: string | null };
export type MissingMaterial = { name: string; howToObtain: string };
export type DefectiveMaterial = { name: string; defect: string; correction: string };

export type PriorNotice = { missingMaterials: unknown; defectiveMaterials: unknown };

export type IncompleteContent =
  | { ok: true; requiredMaterials: RequiredMaterial[]; missing: MissingMaterial[]; defective: DefectiveMaterial[] }
  | { ok: false; message: string };

/** c) 办理期限 in words. */
export function timeLimitText(promisedWorkingDays: number): string {
  return promisedWorkingDays === 0 ? "即办件，材料齐全当场办结" : `自受理之日起${promisedWorkingDays}个工作日内办结`;
}

const HOW_TO_OBTAIN_FALLBACK = "请向出具该材料的部门或单位申请开具，如有疑问请咨询窗口";

/** Names listed in d) or e) of earlier notices: a later notice may not list them again. */
export function namesListedIn(notices: readonly PriorNotice[]): Set<string> {
  const names = new Set<string>();
  for (const n of notices) {
    for (const m of (n.missingMaterials as { name: string }[]) ?? []) names.add(m.name);
    for (const m of (n.defectiveMaterials as { name: string }[]) ?? []) names.add(m.name);
  }
  return names;
}

/**
 * HALL-01: every MISSING and DEFECTIVE material in one notice — so every material must have been
 * checked first. With earlier notices, only materials none of them listed may appear.
 */
export function incompleteNoticeContent(materials: readonly MaterialRow[], prior: readonly PriorNotice[]): IncompleteContent {
  const unchecked = materials.filter((m) => m.state === "PENDING");
  if (unchecked.length > 0) {
    return { ok: false, message: `尚有${unchecked.length}项材料未核验（${unchecked.map((m) => m.name).join("、")}）：一次性告知须在核验全部材料后一次列全` };
  }
  const listed = namesListedIn(prior);
  const missing = materials
    .filter((m) => m.state === "MISSING" && !listed.has(m.name))
    .map((m) => ({ name: m.name, howToObtain: m.howToObtain?.trim() || HOW_TO_OBTAIN_FALLBACK }));
  const defective = materials
    .filter((m) => m.state === "DEFECTIVE" && !listed.has(m.name))
    .map((m) => ({ name: m.name, defect: m.defect ?? "", correction: m.correction ?? "" }));
  if (missing.length === 0 && defective.length === 0) {
    const stillOpen = materials.some((m) => m.state === "MISSING" || m.state === "DEFECTIVE");
    return {
      ok: false,
      message: stillOpen ? "需补交或补正的材料均已在此前的告知单中列明，无需再次告知" : "材料均已齐全合格，无需出具补正告知",
    };
  }
  return { ok: true, requiredMaterials: requiredMaterialsOf(materials), missing, defective };
}

/** b) 所需材料: the item's whole list, as checked at the window. */
export function requiredMaterialsOf(materials: readonly MaterialRow[]): RequiredMaterial[] {
  return materials.map((m) => ({ name: m.name, originalOrCopy: m.originalOrCopy, count: m.count, mandatory: m.mandatory, howToObtain: m.howToObtain }));
}
