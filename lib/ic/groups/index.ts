// The content-group registry (§6.1.3): ProfileGroupKey → its document schema, labels, form layout
// and completeness rules. Client-safe; the tab forms and the server share it.
import type { ProfileGroupKey } from "@/lib/generated/prisma/enums";
import type { FieldIssue, GroupDef } from "./fields";
import { basicGroup } from "./basic";
import { orgSocialGroup } from "./org-social";
import { serviceGroup } from "./service";
import { meritGroup } from "./merit";
import { placementGroup } from "./placement";
import { employmentGroup } from "./employment";
import { educationGroup } from "./education";
import { disabilityGroup } from "./disability";
import { survivorGroup } from "./survivor";
import { activeServicemanGroup } from "./active-serviceman";
import { commendationGroup } from "./commendation";
import { hardshipGroup } from "./hardship";

export const GROUPS: Readonly<Record<ProfileGroupKey, GroupDef>> = {
  BASIC: basicGroup,
  ORG_SOCIAL: orgSocialGroup,
  SERVICE: serviceGroup,
  MERIT: meritGroup,
  PLACEMENT: placementGroup,
  EMPLOYMENT: employmentGroup,
  EDUCATION: educationGroup,
  DISABILITY: disabilityGroup,
  SURVIVOR: survivorGroup,
  ACTIVE_SERVICEMAN: activeServicemanGroup,
  COMMENDATION: commendationGroup,
  HARDSHIP: hardshipGroup,
};

/** Display order of the tabs: the order of §6.1.3, with 3a/7a/7b after their parents. */
export const GROUP_ORDER = Object.keys(GROUPS) as ProfileGroupKey[];

export function groupDef(key: ProfileGroupKey): GroupDef {
  return GROUPS[key];
}

/** A ProfileGroup row as the rules see it. */
export type GroupRow = { data: unknown; markedNone: boolean };
export type GroupRows = Partial<Record<ProfileGroupKey, GroupRow>>;

/**
 * A stored group document, validated. A document that no longer validates (e.g. a date entered
 * yesterday against a rule added today) is used as-is for counting and its problems are reported,
 * so it blocks submission without hiding what was entered.
 */
export function readGroup(key: ProfileGroupKey, row: GroupRow | undefined): { doc: Record<string, unknown>; issues: FieldIssue[] } {
  const raw = row && !row.markedNone ? row.data : {};
  const def = GROUPS[key];
  const parsed = def.schema.safeParse(raw ?? {});
  if (parsed.success) return { doc: parsed.data, issues: [] };
  const fallback = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const doc = def.list ? { ...fallback, items: Array.isArray(fallback.items) ? fallback.items : [] } : fallback;
  return { doc, issues: parsed.error.issues.map((i) => ({ group: key, field: i.path.join("."), message: i.message })) };
}
