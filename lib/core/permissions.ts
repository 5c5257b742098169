// The ONE role → permission table (STYLE.md; SPEC §2.5–2.6). Checks fail closed: a permission
// that is not listed here, or a role/level not listed for it, is refused.
import type { Capability, OrgLevel, Role } from "@/lib/generated/prisma/enums";
import { Forbidden } from "./errors";

type Rule = {
  roles: readonly Role[];
  /** Levels at which the roles hold the permission; omitted = every level. */
  levels?: readonly OrgLevel[];
  /** Any one of these capability flags is additionally required. */
  capabilities?: readonly Capability[];
};

const ALL: readonly Role[] = ["CLERK", "REVIEWER", "ADMIN"];
const STAFF_WRITERS: readonly Role[] = ["CLERK", "REVIEWER"];

export const PERMISSIONS = {
  // §2.6: everyone views masked lists and opens full files (audited); reveal needs a reason.
  "person.read": { roles: ALL },
  "person.reveal": { roles: ALL },
  // §2.6 "Create / edit draft: ADMIN —" (ADMIN is read-only on business records, ORG-31).
  "person.write": { roles: STAFF_WRITERS },
  "org.read": { roles: ALL },
  // ORG-02: the city admin manages districts, district admins manage towns and villages.
  "org.manage": { roles: ["ADMIN"], levels: ["CITY", "DISTRICT", "TOWN"] },
  // ORG-32: admins manage users in their own subtree.
  "user.manage": { roles: ["ADMIN"] },
  // audit views for reviewers (subtree) and admins.
  "audit.read": { roles: ["REVIEWER", "ADMIN"] },
  "audit.verify": { roles: ["ADMIN"], levels: ["CITY"] },
  // the city admin loads holidays and edits configuration.
  "calendar.manage": { roles: ["ADMIN"], levels: ["CITY"] },
  "config.manage": { roles: ["ADMIN"], levels: ["CITY"] },
  "report.read": { roles: ["REVIEWER", "ADMIN"] },
  // Information collection (§2.5 row 1, §2.6, errata A4).
  "ic.read": { roles: ALL },
  "ic.write": { roles: STAFF_WRITERS },
  "ic.review": { roles: ["REVIEWER"] },
  // Errata A4: import creates DRAFT rows owned by the importer, for every role.
  "ic.import": { roles: ALL },
  // masked list exports by reviewers and admins.
  "ic.exportList": { roles: ["REVIEWER", "ADMIN"] },
  // Errata A4: the provincial batch holds full ID numbers: city admin with EXPORT_UNMASKED.
  "ic.provincialExport": { roles: ["ADMIN"], levels: ["CITY"], capabilities: ["EXPORT_UNMASKED"] },
  "account.self": { roles: ALL },
  // §3.12.1 / ORG-24: the service catalogue is shared city-wide. §2.6 "Publish catalogue items:
  // REVIEWER ✓ (draft-review), ADMIN ✓ (publish)": the city admin drafts and publishes, a city
  // reviewer reviews; which step each may fire is the workflow table's business (lib/hall/catalogue/workflow.ts).
  "catalogue.read": { roles: ALL },
  "catalogue.edit": { roles: ["ADMIN"], levels: ["CITY"] },
  "catalogue.review": { roles: ["REVIEWER"], levels: ["CITY"] },
  // Service hall (§7, SPEC §2.5 "Hall operations: C at every level"). Clerks and reviewers handle
  // cases, notices, appointments, consultations, home and proxy service; admins read only (ORG-31).
  "hall.read": { roles: ALL },
  "hall.handle": { roles: STAFF_WRITERS },
  // Reviewer decisions: extensions, second notices, withdrawals, non-working-day appointments,
  // leave approval, home-service exceptions (§2.2 "approve exceptions").
  "hall.review": { roles: ["REVIEWER"] },
  // §2.6 "Manage windows: ADMIN; rosters and A/B assignments: REVIEWER and ADMIN".
  "hall.windows.manage": { roles: ["ADMIN"] },
  "hall.roster.manage": { roles: ["REVIEWER", "ADMIN"] },
  // Everyone keeps their own presence and requests their own leave (§5.2.1).
  "hall.presence.self": { roles: ALL },
  // KPIs and hall reports for the subtree (§3.12.10), xlsx export audited.
  "hall.kpi": { roles: ["REVIEWER", "ADMIN"] },
  // Evaluation (§9, SPEC §3.14). Paper/device entry by clerks and reviewers; the loop's steps are
  // the workflow table's business (lib/evaluation/bad-review-workflow.ts).
  "eval.read": { roles: ALL },
  "eval.enter": { roles: STAFF_WRITERS },
  "eval.loop": { roles: STAFF_WRITERS },
  // EVA-06: district and city reviewers analyse; admins read the reports.
  "eval.analysis": { roles: ["REVIEWER"], levels: ["CITY", "DISTRICT"] },
  "eval.report": { roles: ["REVIEWER", "ADMIN"] },
  // everyone reads their own reminder inbox.
  "reminder.read": { roles: ALL },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_KEYS = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];

export type Actor = { role: Role; level: OrgLevel; capabilities: readonly Capability[] };

export function can(actor: Actor, permission: Permission): boolean {
  const rule: Rule | undefined = PERMISSIONS[permission];
  if (!rule) return false;
  if (!rule.roles.includes(actor.role)) return false;
  if (rule.levels && !rule.levels.includes(actor.level)) return false;
  if (rule.capabilities && !rule.capabilities.some((c) => actor.capabilities.includes(c))) return false;
  return true;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new Forbidden();
}

/** Roles an admin may grant: at most their own level's roles (ORG-32) — level is enforced via the unit. */
export function grantableCapabilities(actor: Actor): Capability[] {
  const all: Capability[] = [
    "WINDOW_LEAD", "PROXY_AGENT", "ARCHIVIST", "ARCHIVE_APPROVER", "LEGAL_STAFF", "COUNSELLOR",
    "VOLUNTEER_LIAISON", "VOLUNTEER_HQ", "TRAINING_ADMIN", "EMPLOYMENT_OFFICER", "EXPORT_UNMASKED",
  ];
  // §2.3: EXPORT_UNMASKED and VOLUNTEER_HQ are granted by the CITY admin only.
  return actor.level === "CITY" ? all : all.filter((c) => c !== "EXPORT_UNMASKED" && c !== "VOLUNTEER_HQ");
}
