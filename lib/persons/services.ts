import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit, fieldDiff, recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { blindIndex, decryptField, encryptField } from "@/lib/core/crypto";
import { Conflict, FieldError, isUniqueViolation } from "@/lib/core/errors";
import { maskIdNumber } from "@/lib/core/mask";
import { loadUnitInScope, isPathInScope, inScope, type Scope } from "@/lib/core/scope";
import { validateIdNumber } from "@/lib/core/validators/id-number";
import { PersonContactUpdateInput, PersonCreateInput, RevealInput } from "./schemas";
import { REVEAL_FIELD_LABELS, REVEAL_REASONS } from "./labels";
import { loadPersonInScope } from "./queries";

export type DuplicateHit =
  | { kind: "in-scope"; personId: string }
  | { kind: "out-of-scope"; unitName: string; unitPhone: string | null };

/**
 * X-20 / ORG-23: look the normalised ID up by its blind index. Inside the caller's scope the
 * existing person is returned; outside it only the owning unit's name and phone are revealed.
 */
export async function findDuplicate(scope: Scope, normalizedId: string): Promise<DuplicateHit | null> {
  const existing = await db.person.findUnique({
    where: { idNumberHash: blindIndex(normalizedId) },
    select: { id: true, orgPath: true, orgUnit: { select: { name: true, officePhone: true, parent: { select: { name: true } } } } },
  });
  if (!existing) return null;
  if (isPathInScope(scope, existing.orgPath)) return { kind: "in-scope", personId: existing.id };
  const u = existing.orgUnit;
  return { kind: "out-of-scope", unitName: u.parent ? `${u.parent.name} ${u.name}` : u.name, unitPhone: u.officePhone };
}

export function duplicateMessage(hit: Extract<DuplicateHit, { kind: "out-of-scope" }>): string {
  return `该身份证号已在【${hit.unitName}】登记${hit.unitPhone ? `，联系电话 ${hit.unitPhone}` : ""}。如需办理，请联系该单位申请转移或服务授权。`;
}

export type CreatePersonResult = { created: true; id: string } | { created: false; existingId: string };

export async function createPerson(scope: Scope, raw: PersonCreateInput): Promise<CreatePersonResult> {
  const input = PersonCreateInput.parse(raw);
  const id = validateIdNumber(input.idNumber);
  if (!id.ok) throw new FieldError("idNumber", id.error);
  const unit = await loadUnitInScope(scope, input.orgUnitId);
  if (!unit.active) throw new FieldError("orgUnitId", "该单位已停用");
  // ORG-21: a person is owned by the village/community of hukou, or the town when that is unknown.
  if (unit.level !== "VILLAGE" && unit.level !== "TOWN") throw new FieldError("orgUnitId", "请选择户籍所在的村（社区），不明确时选择镇（街道）");
  if (!input.mobile && !input.landline) throw new FieldError("mobile", "手机号码和固定电话至少填写一项");
  const dup = await findDuplicate(scope, id.value);
  if (dup?.kind === "in-scope") return { created: false, existingId: dup.personId };
  if (dup?.kind === "out-of-scope") throw new FieldError("idNumber", duplicateMessage(dup));
  try {
    const person = await db.$transaction(async (tx) => {
      const p = await tx.person.create({
        data: {
          idNumberHash: blindIndex(id.value), idNumberCipher: encryptField(id.value), idMasked: maskIdNumber(id.value),
          name: input.name, formerName: input.formerName || null, gender: id.gender, birthDate: new Date(id.birthDate + "T00:00:00Z"),
          mobile: input.mobile ?? null, landline: input.landline ?? null, hukouAddress: input.hukouAddress || null,
          residenceAddress: input.residenceAddress || null, orgUnitId: unit.id, orgPath: unit.path,
          createdById: scope.userId, updatedById: scope.userId,
        },
      });
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "Person", entityId: p.id, personId: p.id, orgPath: p.orgPath,
        diff: { name: p.name, idNumber: p.idMasked, orgUnit: unit.code },
      });
      return p;
    });
    return { created: true, id: person.id };
  } catch (e) {
    // The unique index is the final guard against two clerks registering the same ID at once (X-20).
    if (isUniqueViolation(e)) throw new FieldError("idNumber", "该身份证号刚刚已被登记，请重新查询");
    throw e;
  }
}

export async function updatePersonContact(scope: Scope, raw: PersonContactUpdateInput) {
  const input = PersonContactUpdateInput.parse(raw);
  const person = await loadPersonInScope(scope, input.id);
  const keep = (field: "mobile" | "landline") => (input.clear.includes(field) ? null : person[field]);
  const data = {
    mobile: input.mobile ?? keep("mobile"),
    landline: input.landline ?? keep("landline"),
    residenceAddress: input.residenceAddress || null,
  };
  if (!data.mobile && !data.landline) throw new FieldError("mobile", "手机号码和固定电话至少保留一项");
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { id: person.id, version: input.version, ...inScope(scope) },
      data: { ...data, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "Person", entityId: person.id, personId: person.id, orgPath: person.orgPath,
      diff: fieldDiff(person, data, ["mobile", "landline"]),
    });
  });
}

/** X-11: unmasking needs a reason and is audited before the value is returned. */
export async function revealPersonField(scope: Scope, raw: RevealInput): Promise<string> {
  const input = RevealInput.parse(raw);
  const person = await loadPersonInScope(scope, input.personId);
  const value = input.field === "idNumber" ? decryptField(person.idNumberCipher) : (person[input.field] ?? "");
  const reason = `${REVEAL_FIELD_LABELS[input.field]}：${REVEAL_REASONS[input.reasonCode]}${input.reasonText ? `（${input.reasonText}）` : ""}`;
  await recordAudit(actorOf(scope), { action: "REVEAL", entityType: "Person", entityId: person.id, personId: person.id, orgPath: person.orgPath, reason });
  return value;
}
