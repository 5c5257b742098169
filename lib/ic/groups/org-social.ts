// Group 2 组织生活和社会活动信息 (§6.1.3; SPEC §3.1.2 ProfileOrgSocial). Always applicable; "无"
// is acceptable unless the political status requires the organisation fields (IC-06(2)).
import { z } from "zod";
import { defineGroup, keysOf, need, optBool, optEnum, optLongText, optPastDate, optText, optionsOf, type FieldDef } from "./fields";
import { CPC_STATUSES, CYL_STATUSES, YES_NO_LABELS } from "./options";

/** 人大代表 / 政协委员 级别 (errata D1 labels). */
export const DEPUTY_LEVEL_LABELS = {
  NONE: "无",
  TOWN: "乡镇级",
  DISTRICT: "区（市）级",
  CITY: "市级",
  PROVINCE: "省级",
  NATIONAL: "全国",
} as const;

export const ORG_SOCIAL_LABELS = {
  partyJoinDate: "入党时间",
  partyOrganisation: "所在党组织",
  partyRelationTransferred: "组织关系是否已转入",
  leagueOrganisation: "所在团组织",
  peopleCongressLevel: "人大代表级别",
  cppccLevel: "政协委员级别",
  socialOrgRoles: "社会组织任职",
  communityRoles: "村（社区）任职",
} as const;

export const orgSocialSchema = z.object({
  partyJoinDate: optPastDate(),
  partyOrganisation: optText(80),
  partyRelationTransferred: optBool(),
  leagueOrganisation: optText(80),
  peopleCongressLevel: optEnum(keysOf(DEPUTY_LEVEL_LABELS)),
  cppccLevel: optEnum(keysOf(DEPUTY_LEVEL_LABELS)),
  socialOrgRoles: optLongText(),
  communityRoles: optLongText(),
});
export type OrgSocialDoc = z.output<typeof orgSocialSchema>;

const L = ORG_SOCIAL_LABELS;
const FIELDS: FieldDef[] = [
  { name: "partyJoinDate", label: L.partyJoinDate, kind: "date", hint: "中共党员（含预备党员）必填" },
  { name: "partyOrganisation", label: L.partyOrganisation, kind: "text", maxLength: 80, hint: "中共党员（含预备党员）必填" },
  { name: "partyRelationTransferred", label: L.partyRelationTransferred, kind: "bool", options: optionsOf(YES_NO_LABELS) },
  { name: "leagueOrganisation", label: L.leagueOrganisation, kind: "text", maxLength: 80, hint: "共青团员必填" },
  { name: "peopleCongressLevel", label: L.peopleCongressLevel, kind: "select", options: optionsOf(DEPUTY_LEVEL_LABELS) },
  { name: "cppccLevel", label: L.cppccLevel, kind: "select", options: optionsOf(DEPUTY_LEVEL_LABELS) },
  { name: "socialOrgRoles", label: L.socialOrgRoles, kind: "textarea", wide: true },
  { name: "communityRoles", label: L.communityRoles, kind: "textarea", wide: true },
];

const isCpc = (status?: string) => CPC_STATUSES.includes(status ?? "");
const isCyl = (status?: string) => CYL_STATUSES.includes(status ?? "");

export const orgSocialGroup = defineGroup({
  label: "组织生活和社会活动信息",
  schema: orgSocialSchema,
  labels: L,
  fields: FIELDS,
  list: false,
  requiredFields(doc, ctx) {
    const cpc = isCpc(ctx.basic.politicalStatus);
    return [
      ...need(doc, "partyJoinDate", L.partyJoinDate, cpc),
      ...need(doc, "partyOrganisation", L.partyOrganisation, cpc),
      ...need(doc, "partyRelationTransferred", L.partyRelationTransferred, cpc),
      ...need(doc, "leagueOrganisation", L.leagueOrganisation, isCyl(ctx.basic.politicalStatus)),
    ];
  },
  noneAllowed: (ctx) => !isCpc(ctx.basic.politicalStatus) && !isCyl(ctx.basic.politicalStatus),
  countsTowardCompleteness: true,
  sensitive: [],
});
