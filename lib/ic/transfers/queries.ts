import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/core/db";
import { transferInScope, type Scope } from "@/lib/core/scope";
import { availableTransitions } from "@/lib/core/workflow";
import { transferFacts, transferRecordPath } from "./load";
import { transferWorkflow } from "./workflow";

export type TransferDirection = "incoming" | "outgoing";

const TRANSFER_PAGE = 50;

/** ORG-25 summary: name, masked ID, categories (no entitlements yet: module PC is not built). */
const SUMMARY = { profile: { select: { categories: true, primaryCategory: true, person: { select: { name: true, idMasked: true } } } } } satisfies Prisma.ProfileTransferInclude;

/**
 * ORG-25: both sides see a transfer from the moment it is requested. Until it is accepted the
 * receiving side sees a summary only — name, masked ID and categories — never the file itself.
 */
export async function listTransfers(scope: Scope, f: { direction: TransferDirection; open?: boolean }) {
  const side = f.direction === "incoming" ? { toOrgPath: { startsWith: scope.orgPath } } : { fromOrgPath: { startsWith: scope.orgPath } };
  const rows = await db.profileTransfer.findMany({
    where: { AND: [transferInScope(scope), side], ...(f.open === false ? {} : { status: "REQUESTED" as const }) },
    orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
    take: TRANSFER_PAGE,
    include: SUMMARY,
  });
  return decorate(scope, rows);
}

/** The transfers of one profile already loaded through the scope (the review panel). */
export async function listTransfersForProfile(scope: Scope, profileId: string) {
  const rows = await db.profileTransfer.findMany({
    where: { profileId, ...transferInScope(scope) },
    orderBy: { requestedAt: "desc" },
    take: 10,
    include: SUMMARY,
  });
  return decorate(scope, rows);
}

type Row = Prisma.ProfileTransferGetPayload<{ include: typeof SUMMARY }>;

async function decorate(scope: Scope, rows: Row[]) {
  const unitIds = [...new Set(rows.flatMap((r) => [r.fromOrgUnitId, r.toOrgUnitId]))];
  const units = await db.orgUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } });
  const name = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    profileId: r.profileId,
    status: r.status,
    version: r.version,
    reason: r.reason,
    requestedAt: r.requestedAt,
    decidedAt: r.decidedAt,
    decisionNote: r.decisionNote,
    fromUnit: name.get(r.fromOrgUnitId) ?? "",
    toUnit: name.get(r.toOrgUnitId) ?? "",
    personName: r.profile.person.name,
    idMasked: r.profile.person.idMasked,
    categories: r.profile.categories,
    primaryCategory: r.profile.primaryCategory,
    actions: availableTransitions(transferWorkflow, scope, { id: r.id, status: r.status, orgPath: transferRecordPath(scope, r), facts: transferFacts(scope, r) }, [])
      .map((t) => ({ action: t.action, label: t.label })),
  }));
}

/** IC-11: any active TOWN/VILLAGE in the city may receive; names are public structure (ORG-24 spirit). */
export async function searchTransferTargets(q: string) {
  const term = q.trim();
  if (!term) return [];
  const units = await db.orgUnit.findMany({
    where: { active: true, level: { in: ["TOWN", "VILLAGE"] }, OR: [{ name: { contains: term } }, { code: { startsWith: term } }] },
    orderBy: { path: "asc" },
    take: 20,
    select: { id: true, name: true, code: true, parent: { select: { name: true, parent: { select: { name: true } } } } },
  });
  return units.map((u) => ({ id: u.id, label: [u.parent?.parent?.name, u.parent?.name, u.name].filter(Boolean).join(" / "), code: u.code }));
}
