import { parseProcedure } from "@/lib/hall/catalogue/schemas";
import type { GuideItem } from "./guide-view";
import type { ItemFormValues } from "./item-fields";

/** A stored item as the edit form's default values (blank strings for empty optionals). */
export function formValuesOf(item: GuideItem): ItemFormValues {
  return {
    name: item.name, module: item.module, levels: item.levels, legalBasis: item.legalBasis, conditions: item.conditions,
    requirements: item.requirements,
    procedure: parseProcedure(item.procedure).map((s) => ({ title: s.title, description: s.description ?? "" })),
    materials: item.materials.map((m) => ({
      name: m.name, originalOrCopy: m.originalOrCopy, count: m.count, mandatory: m.mandatory, note: m.note ?? "", howToObtain: m.howToObtain ?? "",
    })),
    promisedWorkingDays: item.promisedWorkingDays, statutoryWorkingDays: item.statutoryWorkingDays ?? undefined,
    complaintChannel: item.complaintChannel, consultPhone: item.consultPhone, proxyEligible: item.proxyEligible,
    homeServiceEligible: item.homeServiceEligible, requiresOnSiteAuthentication: item.requiresOnSiteAuthentication, fee: item.fee,
  };
}
