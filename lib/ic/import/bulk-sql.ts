import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/core/db";
import type { Scope } from "@/lib/core/scope";
import { Forbidden } from "@/lib/core/errors";
import type { ImportRowData } from "./row-types";
import { newFileFacts } from "./checklist";

// Set-based writes for the importer: one INSERT … SELECT FROM unnest(arrays) per chunk instead of
// one round trip per row, which is what makes 10,000 rows commit in seconds (X-22 performance).

/** cuid-shaped ids: Prisma's @default(cuid()) is client-side, so raw inserts bring their own. */
export function newId(): string {
  return "ci" + Date.now().toString(36) + randomBytes(8).toString("hex");
}

/** Every path must lie in the importer's subtree (ORG-20): a raw insert bypasses scopedDb, so check here. */
function assertPaths(scope: Scope, rows: readonly { unitPath: string }[]) {
  if (!/^[/0-9]+$/.test(scope.orgPath)) throw new Forbidden();
  for (const r of rows) if (!r.unitPath.startsWith(scope.orgPath)) throw new Forbidden("不能在您的管辖范围以外创建记录");
}

/**
 * Inserts new persons; an ID registered meanwhile by someone else is skipped by the unique index
 * (X-20's final guard) and left out of the returned map, so the caller can report that row.
 */
export async function insertPersons(tx: Tx, scope: Scope, rows: readonly ImportRowData[]): Promise<Map<string, string>> {
  assertPaths(scope, rows);
  if (rows.length === 0) return new Map();
  const ids = rows.map(() => newId());
  const col = <K extends keyof ImportRowData>(k: K) => rows.map((r) => r[k] as ImportRowData[K]);
  const inserted = await tx.$queryRaw<{ id: string; idNumberHash: string }[]>`
    INSERT INTO "Person" (id, "idNumberHash", "idNumberCipher", "idMasked", name, gender, "birthDate", mobile, landline,
      "hukouAddress", "orgUnitId", "orgPath", "createdAt", "updatedAt", "createdById", "updatedById")
    SELECT x.id, x.h, x.c, x.m, x.n, x.g::"Gender", x.b::date, x.mob, x.land, x.addr, x.u, x.p, now(), now(), ${scope.userId}, ${scope.userId}
    FROM unnest(${ids}::text[], ${col("idHash")}::text[], ${col("idCipher")}::text[], ${col("idMasked")}::text[], ${col("name")}::text[],
      ${col("gender")}::text[], ${col("birthDate")}::text[], ${col("mobile")}::text[], ${col("landline")}::text[],
      ${col("hukouAddress")}::text[], ${col("unitId")}::text[], ${col("unitPath")}::text[])
      AS x(id, h, c, m, n, g, b, mob, land, addr, u, p)
    ON CONFLICT ("idNumberHash") DO NOTHING
    RETURNING id, "idNumberHash"`;
  return new Map(inserted.map((r) => [r.idNumberHash, r.id]));
}

/**
 * The imported profiles: DRAFT, never auto-approved, channel IMPORT, owned by the row's unit
 * (ORG-21) and tagged with the importer's unit when that differs (ORG-22) — the same fields
 * lib/ic/profile-services createProfile writes, plus its IC-03 checklist rows and IC-05 figure.
 */
export async function insertProfiles(tx: Tx, scope: Scope, items: readonly { personId: string; row: ImportRowData }[]): Promise<number> {
  assertPaths(scope, items.map((i) => i.row));
  if (items.length === 0) return 0;
  const rows = items.map((i) => i.row);
  const ids = items.map(() => newId());
  const facts = rows.map(newFileFacts);
  const handledBy = rows.map((r) => (r.unitId === scope.orgUnitId ? null : scope.orgUnitId));
  const inserted = await tx.$executeRaw`
    INSERT INTO "SubjectProfile" (id, "personId", categories, "primaryCategory", "otherCategoryNote", status, "statusSince",
      "collectedById", "collectedAt", "collectionChannel", completeness, "exportDirty", "handledByOrgUnitId", "orgUnitId", "orgPath",
      "createdAt", "createdById", "updatedAt", "updatedById", version)
    SELECT x.id, x.pid, string_to_array(x.cats, ',')::"SubjectCategory"[], x.pc::"SubjectCategory", x.note, 'DRAFT', now(),
      ${scope.userId}, now(), 'IMPORT', x.comp, true, x.handled, x.u, x.p, now(), ${scope.userId}, now(), ${scope.userId}, 0
    FROM unnest(${ids}::text[], ${items.map((i) => i.personId)}::text[], ${rows.map((r) => r.categories.join(","))}::text[],
      ${rows.map((r) => r.primaryCategory)}::text[], ${rows.map((r) => r.otherCategoryNote)}::text[], ${facts.map((f) => f.completeness)}::int[],
      ${handledBy}::text[], ${rows.map((r) => r.unitId)}::text[], ${rows.map((r) => r.unitPath)}::text[])
      AS x(id, pid, cats, pc, note, comp, handled, u, p)`;
  const docs = ids.flatMap((id, i) => facts[i].documents.map((d) => ({ id, ...d })));
  await tx.$executeRaw`
    INSERT INTO "SourceDocumentCheck" (id, "profileId", "docType", "itemKey")
    SELECT x.id, x.pid, x.dt::"DocType", x.ik
    FROM unnest(${docs.map(() => newId())}::text[], ${docs.map((d) => d.id)}::text[], ${docs.map((d) => d.docType)}::text[], ${docs.map((d) => d.itemKey)}::text[])
      AS x(id, pid, dt, ik)`;
  return inserted;
}

/**
 * "Update contact fields only" for duplicates in scope: phones given in the file replace the
 * stored ones, blanks keep them (IC-09 contact fields change directly; the profile is marked for
 * the next DELTA export). Returns the ids of persons actually changed.
 */
export async function updateContacts(tx: Tx, scope: Scope, rows: readonly ImportRowData[]): Promise<string[]> {
  const targets = rows.filter((r) => r.existingPersonId && (r.mobile || r.landline));
  if (targets.length === 0) return [];
  const changed = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Person" p SET mobile = COALESCE(x.mob, p.mobile), landline = COALESCE(x.land, p.landline),
      version = p.version + 1, "updatedAt" = now(), "updatedById" = ${scope.userId}
    FROM unnest(${targets.map((r) => r.existingPersonId!)}::text[], ${targets.map((r) => r.mobile)}::text[], ${targets.map((r) => r.landline)}::text[])
      AS x(id, mob, land)
    WHERE p.id = x.id AND p."orgPath" LIKE ${scope.orgPath} || '%'
      AND ((x.mob IS NOT NULL AND x.mob IS DISTINCT FROM p.mobile) OR (x.land IS NOT NULL AND x.land IS DISTINCT FROM p.landline))
    RETURNING p.id`;
  const ids = changed.map((c) => c.id);
  if (ids.length) {
    await tx.$executeRaw`UPDATE "SubjectProfile" SET "exportDirty" = true WHERE "personId" = ANY(${ids}::text[])`;
  }
  return ids;
}
