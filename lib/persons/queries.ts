import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { blindIndex } from "@/lib/core/crypto";
import { NotFound } from "@/lib/core/errors";
import { maskMobile } from "@/lib/core/mask";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { normalizeIdNumber, validateIdNumber } from "@/lib/core/validators/id-number";

export const PERSONS_PAGE_SIZE = 50;

/** Loads a person through the scope (never by id alone); outside the scope it does not exist. */
export async function loadPersonInScope(scope: Scope, id: string) {
  const person = await scopedDb(scope).person.findFirst({ where: { id, deletedAt: null } });
  if (!person) throw new NotFound("人员不存在或不在您的管辖范围内");
  return person;
}

export type PersonListFilter = { unitId?: string; name?: string; page?: number };

/**
 * The masked, scoped person list. Paged by offset on a stable order (orgPath, name, id),
 * which the (orgPath, name) index serves; no whole-table COUNT (STACK.md).
 */
export async function listPersons(scope: Scope, f: PersonListFilter) {
  const sdb = scopedDb(scope);
  const page = Math.max(1, f.page ?? 1);
  const unitPath = f.unitId ? (await sdb.orgUnit.findFirst({ where: { id: f.unitId }, select: { path: true } }))?.path : undefined;
  if (f.unitId && !unitPath) return { rows: [], hasNext: false, page };
  const rows = await sdb.person.findMany({
    where: {
      deletedAt: null,
      ...(unitPath ? { orgPath: { startsWith: unitPath } } : {}),
      ...(f.name ? { name: { startsWith: f.name.trim() } } : {}),
    },
    orderBy: [{ orgPath: "asc" }, { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * PERSONS_PAGE_SIZE,
    take: PERSONS_PAGE_SIZE + 1,
    select: { id: true, name: true, idMasked: true, gender: true, birthDate: true, mobile: true, isDeceased: true, orgUnit: { select: { name: true } } },
  });
  return {
    rows: rows.slice(0, PERSONS_PAGE_SIZE).map((r) => ({ ...r, mobile: r.mobile ? maskMobile(r.mobile) : null })),
    hasNext: rows.length > PERSONS_PAGE_SIZE,
    page,
  };
}

/** Exact lookup by ID number through the blind index; null when absent or out of scope. */
export async function findPersonIdByIdNumber(scope: Scope, raw: string): Promise<string | null> {
  const hash = blindIndex(normalizeIdNumber(raw));
  const hit = await scopedDb(scope).person.findFirst({ where: { idNumberHash: hash, deletedAt: null }, select: { id: true } });
  return hit?.id ?? null;
}

export type IdLookupResult = { kind: "found"; personId: string } | { kind: "invalid" } | { kind: "miss" };

/** The hall's "find by ID card" box: a malformed number and an unknown one are told apart. */
export async function lookupPersonByIdNumber(scope: Scope, raw: string): Promise<IdLookupResult> {
  const checked = validateIdNumber(raw);
  if (!checked.ok) return { kind: "invalid" };
  const personId = await findPersonIdByIdNumber(scope, checked.value);
  return personId ? { kind: "found", personId } : { kind: "miss" };
}

/** The full profile page: audited as VIEW_FULL_PROFILE. Values stay masked until revealed. */
export async function getPersonProfile(scope: Scope, id: string) {
  const p = await scopedDb(scope).person.findFirst({
    where: { id, deletedAt: null },
    include: { orgUnit: { select: { name: true, path: true, officePhone: true } } },
  });
  if (!p) throw new NotFound("人员不存在或不在您的管辖范围内");
  await recordAudit(actorOf(scope), { action: "VIEW_FULL_PROFILE", entityType: "Person", entityId: p.id, personId: p.id, orgPath: p.orgPath });
  // Ciphertext, blind index and raw phone numbers never leave the server; reveal goes through revealPersonField.
  const { idNumberCipher, idNumberHash, mobile, landline, ...rest } = p;
  void idNumberCipher; void idNumberHash; void landline;
  return { ...rest, mobileMasked: mobile ? maskMobile(mobile) : null, hasMobile: !!mobile, hasLandline: !!p.landline };
}
