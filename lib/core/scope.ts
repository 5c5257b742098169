import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Capability, OrgLevel, Role } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { NotFound, Forbidden } from "./errors";
import { readSessionToken } from "./session";

/**
 * THE choke point between a session and data (STYLE.md, SPEC ORG-20). A scope is derived from the
 * session only — never from anything the client sends — and every query and service takes it first.
 */
export type Scope = {
  userId: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  orgUnitName: string;
  /** Materialised path of the user's unit, e.g. /370200/370202/; the user sees this subtree. */
  orgPath: string;
  level: OrgLevel;
  role: Role;
  capabilities: Capability[];
  mustChangePassword: boolean;
  totpEnabled: boolean;
};

/** Loads the user afresh on every request, so a disabled user or a reset password ends access at once. */
export const getScope = cache(async (): Promise<Scope> => {
  const scope = await getOptionalScope();
  if (!scope) redirect("/login");
  return scope;
});

export const getOptionalScope = cache(async (): Promise<Scope | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const user = await db.user.findUnique({
    where: { id: token.userId },
    include: { orgUnit: { select: { name: true, level: true, path: true, active: true } } },
  });
  if (!user || !user.active || !user.orgUnit.active || user.sessionEpoch !== token.epoch) return null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    orgUnitName: user.orgUnit.name,
    orgPath: user.orgUnit.path,
    level: user.orgUnit.level,
    role: user.role,
    capabilities: user.capabilities,
    mustChangePassword: user.mustChangePassword,
    totpEnabled: user.totpEnabled,
  };
});

// ---- builders --------------------------------------------------------------------------------

/** Where-clause for any row that carries `orgPath` (SPEC §0.4 base fields). */
export function inScope(scope: Pick<Scope, "orgPath">) {
  return { orgPath: { startsWith: scope.orgPath } };
}

/** Where-clause for org units: the user's own unit and its subtree. */
export function orgInScope(scope: Pick<Scope, "orgPath">) {
  return { path: { startsWith: scope.orgPath } };
}

export function isPathInScope(scope: Pick<Scope, "orgPath">, path: string): boolean {
  return path.startsWith(scope.orgPath);
}

/** Refuses a path outside the scope as "not found", so existence is not revealed. */
export function assertPathInScope(scope: Pick<Scope, "orgPath">, path: string): void {
  if (!isPathInScope(scope, path)) throw new NotFound();
}

/**
 * Loads an org unit the caller may act on, or throws NotFound. The only way services turn a
 * client-supplied unit id into a unit.
 */
export async function loadUnitInScope(scope: Pick<Scope, "orgPath">, orgUnitId: string) {
  const unit = await db.orgUnit.findFirst({ where: { id: orgUnitId, ...orgInScope(scope) } });
  if (!unit) throw new NotFound("单位不存在或不在您的管辖范围内");
  return unit;
}

/** ORG-25: a transfer is visible to the sending and the receiving subtree. */
export function transferInScope(scope: Pick<Scope, "orgPath">) {
  return { OR: [{ fromOrgPath: { startsWith: scope.orgPath } }, { toOrgPath: { startsWith: scope.orgPath } }] };
}

// ---- the scoped client -----------------------------------------------------------------------

/**
 * Models filtered by `orgPath`; OrgUnit is filtered by its own `path`. A list of fields means the
 * row is in scope when ANY of them is (ORG-22). Models absent here are shared catalogues (ORG-24)
 * or children loaded through their parent.
 */
const SCOPED_FIELD: Record<string, "orgPath" | "path" | readonly string[]> = {
  OrgUnit: "path",
  User: "orgPath",
  Person: "orgPath",
  AuditEvent: "orgPath",
  StatusHistory: "orgPath",
  SubjectProfile: "orgPath",
  Attachment: "orgPath",
  ProfileReturn: "orgPath",
  ProfileChangeSet: "orgPath",
  ServicePlan: "orgPath",
  ContactServiceCard: "orgPath",
  ProfileExportBatch: "orgPath",
  ImportJob: "orgPath",
  // ServiceAccessRequest is filtered by the OWNING unit's path; the requester's side reads its
  // own requests through requesterOrgPath in lib/ic (both sides of a request see it).
  ServiceAccessRequest: "orgPath",
  // ProfileTransfer is deliberately absent: both the sending and the receiving subtree see an
  // in-flight transfer (ORG-25), so lib/ic/transfers filters it with transferInScope().
  // ProfileGroup and SourceDocumentCheck are children, loaded through their profile.

  // ORG-22: a case belongs to the client's unit AND to the hall that received it; both see it.
  // CaseMaterial is a child of the case, loaded through it.
  ServiceCase: ["hallOrgPath", "orgPath"],
  CaseExtension: "orgPath",
  OneTimeNotice: "orgPath",
  Consultation: "orgPath",
  ServiceWindow: "orgPath",
  AbRoleAssignment: "orgPath",
  StaffPresence: "orgPath",
  AbHandover: "orgPath",
  StaffLeave: "orgPath",
  LunchDutyRoster: "orgPath",
  ExtendedService: "orgPath",
  Appointment: "orgPath",
  HomeServiceRequest: "orgPath",
  AssistRequest: "orgPath",
  MaterialHandover: "orgPath",
  TrackingEntry: "orgPath",
  ReturnVisit: "orgPath",
  SupervisionTask: "orgPath",
  EvaluationInvitation: "orgPath",
  Evaluation: "orgPath",
  BadReviewCase: "orgPath",
  EvaluationAnalysis: "orgPath",
  ImprovementAction: "orgPath",
  Reminder: "orgPath",
  // EvaluationIndicatorSet is a shared catalogue; SchedulerRun is infrastructure.
};

/** The where-filter that confines a model to the subtree: one prefix, or any of several (ORG-22). */
function scopeFilter(field: "orgPath" | "path" | readonly string[], orgPath: string) {
  if (typeof field === "string") return { [field]: { startsWith: orgPath } };
  return { OR: field.map((f) => ({ [f]: { startsWith: orgPath } })) };
}

/** Where-clause for service cases outside scopedDb (e.g. raw report SQL must match this rule). */
export function caseInScope(scope: Pick<Scope, "orgPath">) {
  return scopeFilter(SCOPED_FIELD.ServiceCase, scope.orgPath) as { OR: { hallOrgPath?: { startsWith: string }; orgPath?: { startsWith: string } }[] };
}

const READ_OR_WRITE_WITH_WHERE = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count",
  "aggregate", "groupBy", "update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "upsert",
]);

/**
 * A Prisma client whose every query on a scoped model is confined to the caller's subtree
 * (SPEC ORG-20, errata B3). Reads and writes outside it behave as if the row did not exist;
 * creating a row with an orgPath outside the subtree is refused.
 */
export function scopedDb(scope: Pick<Scope, "orgPath">) {
  return db.$extends({
    name: "data-scope",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const field = SCOPED_FIELD[model];
          if (!field) return query(args);
          const a = (args ?? {}) as Record<string, unknown>;
          const filter = scopeFilter(field, scope.orgPath);
          if (READ_OR_WRITE_WITH_WHERE.has(operation)) {
            // Prisma accepts extra non-unique filters beside the unique key in a where-unique. The
            // caller's own AND (object or list) is kept beside the scope filter, never replaced.
            const where = (a.where ?? {}) as Record<string, unknown>;
            const own = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
            a.where = { ...where, AND: [filter, ...own] };
          }
          if (operation === "create" || operation === "upsert") {
            assertRowInScope(scope, field, (operation === "create" ? a.data : a.create) as Record<string, unknown>);
          }
          if (operation === "createMany" || operation === "createManyAndReturn") {
            const rows = Array.isArray(a.data) ? a.data : [a.data];
            for (const row of rows) assertRowInScope(scope, field, row as Record<string, unknown>);
          }
          try {
            return await query(a as typeof args);
          } catch (e) {
            if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025") throw new NotFound();
            throw e;
          }
        },
      },
    },
  });
}

function assertRowInScope(scope: Pick<Scope, "orgPath">, field: string | readonly string[], row: Record<string, unknown> | undefined) {
  const fields = typeof field === "string" ? [field] : field;
  const inside = fields.some((f) => {
    const path = row?.[f];
    return typeof path === "string" && path.startsWith(scope.orgPath);
  });
  if (!inside) throw new Forbidden("不能在您的管辖范围以外创建记录");
}

export type ScopedDb = ReturnType<typeof scopedDb>;
