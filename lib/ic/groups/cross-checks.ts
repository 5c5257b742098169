// IC-06 cross-field checks (§6.1.5 精准), over the stored group documents. Pure.
import type { ProfileGroupKey, SubjectCategory } from "@/lib/generated/prisma/enums";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import { SURVIVOR_DEATH_TYPE } from "@/lib/ic/categories";
import { readGroup, type GroupRows } from "./index";
import type { BasicDoc } from "./basic";
import type { OrgSocialDoc } from "./org-social";
import type { PlacementDoc } from "./placement";
import type { ServiceDoc } from "./service";
import { DEATH_TYPE_LABELS, type SurvivorDoc } from "./survivor";
import { isFilled, type FieldIssue } from "./fields";
import { CPC_STATUSES, CYL_STATUSES } from "./options";

export type CrossCheckInput = {
  person: { birthDate: string; isDeceased: boolean };
  categories: readonly SubjectCategory[];
  groups: GroupRows;
  /** Applicable groups (IC-04): data left in a hidden group is not checked. */
  applicable: readonly ProfileGroupKey[];
  today: string;
};

/** Errata C5: Red Army and early-era records include enlistees younger than 15. */
const EARLY_ENLISTMENT_BEFORE = "1955-01-01";

/** 'YYYY-MM-DD' + n years, compared as strings (a 02-29 birthday stays comparable). */
const plusYears = (date: string, n: number) => `${Number(date.slice(0, 4)) + n}${date.slice(4)}`;

export function crossFieldChecks(input: CrossCheckInput): { errors: FieldIssue[]; warnings: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const applies = (k: ProfileGroupKey) => input.applicable.includes(k);
  const doc = <T>(k: ProfileGroupKey) => readGroup(k, input.groups[k]).doc as T;

  // (1) dischargeDate > enlistmentDate > birthDate + 15 years.
  if (applies("SERVICE")) {
    const service = doc<ServiceDoc>("SERVICE");
    const adult = plusYears(input.person.birthDate, 15);
    service.items.forEach((it, i) => {
      const p = `items.${i}.`;
      if (it.enlistmentDate && it.dischargeDate && !(it.dischargeDate > it.enlistmentDate)) {
        errors.push({ group: "SERVICE", field: `${p}dischargeDate`, message: `第${i + 1}段服役：退役时间应晚于入伍时间` });
      }
      if (it.enlistmentDate && !(it.enlistmentDate > adult)) {
        const issue = { group: "SERVICE", field: `${p}enlistmentDate`, message: `第${i + 1}段服役：入伍时间应在年满15周岁（${adult}）之后` };
        if (it.enlistmentDate < EARLY_ENLISTMENT_BEFORE) warnings.push({ ...issue, message: `${issue.message}；1955年以前入伍的仅作提示，请核对原始材料` });
        else errors.push(issue);
      }
    });
    // Not in IC-06, but an obvious slip worth a hint: placed before being discharged.
    const placement = doc<PlacementDoc>("PLACEMENT");
    const lastDischarge = service.items.map((i) => i.dischargeDate ?? "").sort().at(-1);
    if (applies("PLACEMENT") && placement.placementYear && lastDischarge && placement.placementYear < Number(lastDischarge.slice(0, 4))) {
      warnings.push({ group: "PLACEMENT", field: "placementYear", message: "安置年度早于退役时间，请核对" });
    }
  }

  // (2) CPC / CYL membership requires the organisation field.
  const basic = doc<BasicDoc>("BASIC");
  const org = doc<OrgSocialDoc>("ORG_SOCIAL");
  if (CPC_STATUSES.includes(basic.politicalStatus ?? "") && !isFilled(org.partyOrganisation)) {
    errors.push({ group: "ORG_SOCIAL", field: "partyOrganisation", message: "政治面貌为中共党员（含预备党员）的，须填写所在党组织" });
  }
  if (CYL_STATUSES.includes(basic.politicalStatus ?? "") && !isFilled(org.leagueOrganisation)) {
    errors.push({ group: "ORG_SOCIAL", field: "leagueOrganisation", message: "政治面貌为共青团员的，须填写所在团组织" });
  }

  // (3) 伤残军人 requires a DisabilityInfo.
  if (input.categories.includes("DISABLED_VETERAN")) {
    const row = input.groups.DISABILITY;
    const d = doc<Record<string, unknown>>("DISABILITY");
    if (!row || row.markedNone || !Object.values(d).some(isFilled)) {
      errors.push({ group: "DISABILITY", field: "grade", message: "伤残军人须填写伤残信息（残疾等级、性质、证件）" });
    }
  }

  // (4) Survivor categories require the matching death type.
  const survivorCats = input.categories.filter((c) => SURVIVOR_DEATH_TYPE[c]);
  if (survivorCats.length > 0) {
    const deathType = doc<SurvivorDoc>("SURVIVOR").deathType;
    const expected = survivorCats.map((c) => SURVIVOR_DEATH_TYPE[c]!);
    if (deathType && !expected.includes(deathType)) {
      const wanted = survivorCats.map((c) => `${CATEGORY_LABELS[c]}—${DEATH_TYPE_LABELS[SURVIVOR_DEATH_TYPE[c]!]}`).join("，");
      errors.push({ group: "SURVIVOR", field: "deathType", message: `牺牲/病故类型与人员类别不一致（应为：${wanted}）` });
    }
    if (survivorCats.length > 1) {
      warnings.push({ group: "SURVIVOR", field: "deathType", message: "选择了多个遗属类别，本档案只记录一名牺牲/病故军人的信息，其余请在材料中另附说明" });
    }
  }

  // (5) A deceased person's own profile cannot be submitted (a survivor's profile is about the
  // living survivor, a different person, so it is unaffected).
  if (input.person.isDeceased) {
    errors.push({ group: "BASIC", field: "person.isDeceased", message: "该人员已登记去世，不能提交新的采集档案" });
  }
  return { errors, warnings };
}
