import "server-only";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { NotFound } from "@/lib/core/errors";
import { inScope, isPathInScope, type Scope } from "@/lib/core/scope";

export type AccessDirection = "incoming" | "outgoing";

/**
 * Incoming: requests about persons the caller's subtree owns (its reviewers decide them).
 * Outgoing: requests the caller's subtree filed. The outgoing side sees only the masked ID it typed
 * and the decision; the name appears in the summary once access is granted (ORG-23).
 */
export async function listAccessRequests(scope: Scope, direction: AccessDirection) {
  const where = direction === "incoming" ? inScope(scope) : { requesterOrgPath: { startsWith: scope.orgPath } };
  const rows = await db.serviceAccessRequest.findMany({
    where,
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 50,
  });
  const [persons, units] = await Promise.all([
    db.person.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.personId))] } }, select: { id: true, name: true, idMasked: true } }),
    db.orgUnit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.requesterOrgUnitId))] } }, select: { id: true, name: true } }),
  ]);
  const person = new Map(persons.map((p) => [p.id, p]));
  const unit = new Map(units.map((u) => [u.id, u.name]));
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    kind: r.kind,
    reason: r.reason,
    status: r.status,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    expiresAt: r.expiresAt,
    requesterUnit: unit.get(r.requesterOrgUnitId) ?? "",
    idMasked: person.get(r.personId)?.idMasked ?? "",
    // The owner knows its own person; the requester learns the name only through a granted summary.
    personName: direction === "incoming" ? (person.get(r.personId)?.name ?? "") : null,
    grantActive: r.kind === "SERVICE_ACCESS" && r.status === "ACCEPTED" && !!r.expiresAt && r.expiresAt > now,
  }));
}

/**
 * ORG-23: the profile summary a unit may read — inside its scope always, outside it only while an
 * approved SERVICE_ACCESS of that unit is unexpired. Reading it across scopes is audited on the
 * owner's side. Anything else is "not found", so existence is not revealed.
 */
export async function getProfileSummaryWithAccess(scope: Scope, personId: string) {
  const person = await db.person.findFirst({
    where: { id: personId, deletedAt: null },
    select: {
      id: true, name: true, idMasked: true, gender: true, birthDate: true, isDeceased: true, orgPath: true,
      orgUnit: { select: { name: true, officePhone: true } },
      profile: { select: { id: true, fileNo: true, status: true, categories: true, primaryCategory: true } },
    },
  });
  if (!person) throw new NotFound();
  let grantExpiresAt: Date | null = null;
  if (!isPathInScope(scope, person.orgPath)) {
    const grant = await db.serviceAccessRequest.findFirst({
      where: { personId, requesterOrgUnitId: scope.orgUnitId, kind: "SERVICE_ACCESS", status: "ACCEPTED", expiresAt: { gt: new Date() } },
      orderBy: { expiresAt: "desc" },
      select: { expiresAt: true },
    });
    if (!grant) throw new NotFound();
    grantExpiresAt = grant.expiresAt;
    await recordAudit(actorOf(scope), {
      action: "VIEW_FULL_PROFILE", entityType: "Person", entityId: person.id, personId: person.id, orgPath: person.orgPath,
      reason: "服务授权查看档案摘要（ORG-23）",
    });
  }
  const { orgPath, ...summary } = person;
  void orgPath;
  return { ...summary, grantExpiresAt };
}
