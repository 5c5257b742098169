import "server-only";
import { db } from "@/lib/core/db";
import { blindIndex, encryptField } from "@/lib/core/crypto";
import { maskIdNumber } from "@/lib/core/mask";
import { orgInScope, type Scope } from "@/lib/core/scope";
import { duplicateMessage } from "@/lib/persons/services";
import type { RawRow } from "@/lib/core/xlsx/read-sheet";
import { COLUMN_HEADER as H } from "./columns";
import { checkRowFields } from "./validate-row";
import type { ImportRow } from "./row-types";
import { lookupExistingPersons, type ExistingPerson } from "./existing-persons";

type UnitRow = { id: string; code: string; name: string; path: string; level: string; active: boolean };

/** "甲一社区退役军人服务站" and "甲一社区" both name the same unit in a clerk's spreadsheet. */
const shortName = (name: string) => name.replace(/退役军人服务(站|中心)$/, "").trim();

/**
 * Loads every owning-unit candidate in scope ONCE (a city has a few thousand), so a 20,000-row file
 * costs no per-row lookups. ORG-21: persons belong to a village/community, or a town when unknown.
 */
async function loadUnitIndex(scope: Scope) {
  const units: UnitRow[] = await db.orgUnit.findMany({
    where: { ...orgInScope(scope), level: { in: ["VILLAGE", "TOWN"] } },
    select: { id: true, code: true, name: true, path: true, level: true, active: true },
  });
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byName = new Map<string, UnitRow[]>();
  for (const u of units) {
    for (const n of new Set([u.name, shortName(u.name)])) byName.set(n, [...(byName.get(n) ?? []), u]);
  }
  return { byCode, byName };
}

/**
 * Validates every row: field validators, the owning unit (in scope), duplicates within the
 * file and against the registry (X-20, one blind-index query for all rows; ORG-23 outside scope).
 */
export async function resolveRows(scope: Scope, raws: readonly RawRow[], today?: Date): Promise<ImportRow[]> {
  const units = await loadUnitIndex(scope);
  const checked = raws.map((r) => ({ raw: r, f: checkRowFields(r.cells, r.lossy, today) }));

  // Codes that are not in scope: tell "outside your area" from "no such unit" with one query.
  const unknownCodes = [...new Set(checked.map((c) => c.f.unitRef).filter((ref) => /^\d{6,12}$/.test(ref) && !units.byCode.has(ref)))];
  const foreignCodes = new Set(
    unknownCodes.length ? (await db.orgUnit.findMany({ where: { code: { in: unknownCodes } }, select: { code: true } })).map((u) => u.code) : [],
  );

  const hashes = checked.map((c) => (c.f.id ? blindIndex(c.f.id.value) : null));
  const existing = await lookupExistingPersons(hashes.filter((h): h is string => !!h));
  const firstRowOfHash = new Map<string, number>();

  return checked.map(({ raw, f }, i) => {
    const errors = [...f.errors];
    const unit = resolveUnit(f.unitRef, units, foreignCodes, (m) => errors.push({ column: H.unit, message: m }));
    const hash = hashes[i];
    let existingPersonId: string | undefined;
    if (hash) {
      const first = firstRowOfHash.get(hash);
      if (first !== undefined) errors.push({ column: H.idNumber, message: `与第 ${first} 行身份证号重复` });
      else firstRowOfHash.set(hash, raw.rowNo);
      const hit = existing.get(hash);
      if (hit) existingPersonId = classifyExisting(scope, hit, f.name, (m) => errors.push({ column: H.idNumber, message: m }));
    }
    const row: ImportRow = {
      rowNo: raw.rowNo,
      raw: encryptField(JSON.stringify(raw.cells)),
      label: { idMasked: f.id ? maskIdNumber(f.id.value) : maskIdNumber(raw.cells.idNumber), name: (raw.cells.name ?? "").slice(0, 30) },
      errors,
      warnings: f.warnings,
    };
    if (errors.length === 0 && f.id && f.name && unit && f.categories && hash) {
      row.data = {
        idHash: hash, idCipher: encryptField(f.id.value), idMasked: maskIdNumber(f.id.value), gender: f.id.gender,
        birthDate: f.id.birthDate, idConverted: f.id.idConverted, name: f.name, mobile: f.mobile, landline: f.landline,
        hukouAddress: f.hukouAddress, unitId: unit.id, unitCode: unit.code, unitPath: unit.path,
        categories: f.categories, primaryCategory: f.categories[0], otherCategoryNote: f.otherCategoryNote,
        ...(existingPersonId ? { existingPersonId } : {}),
      };
    }
    return row;
  });
}

function resolveUnit(
  ref: string,
  units: Awaited<ReturnType<typeof loadUnitIndex>>,
  foreignCodes: Set<string>,
  fail: (message: string) => void,
): UnitRow | undefined {
  if (!ref) return undefined;
  let unit = units.byCode.get(ref);
  if (!unit) {
    const named = units.byName.get(ref) ?? units.byName.get(shortName(ref));
    if (named && named.length > 1) return void fail(`单位名称“${ref.slice(0, 30)}”不唯一，请改填单位代码`);
    unit = named?.[0];
  }
  if (!unit) {
    if (foreignCodes.has(ref)) return void fail(`单位代码 ${ref} 不在您的管辖范围内，不能导入`);
    return void fail(`单位“${ref.slice(0, 30)}”不存在，请填写户籍村（社区）的12位代码或全称`);
  }
  if (!unit.active) return void fail(`单位“${unit.name}”已停用`);
  return unit;
}

/** X-20/ORG-23: an in-scope hit is a duplicate the clerk may skip or update; outside scope, only the owner's name and phone. */
function classifyExisting(scope: Scope, hit: ExistingPerson, name: string | undefined, fail: (message: string) => void): string | undefined {
  if (!hit.orgPath.startsWith(scope.orgPath)) {
    fail(duplicateMessage({ kind: "out-of-scope", unitName: hit.unitName, unitPhone: hit.unitPhone }));
    return undefined;
  }
  // Same ID, different name: updating that person's phone would write to the wrong file.
  if (name && hit.name !== name) {
    fail(`该身份证号已登记为“${hit.name}”，与本行姓名不一致，请核对`);
    return undefined;
  }
  return hit.id;
}
