import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { fieldDiff, writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, InvalidTransition, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { assertCan } from "@/lib/core/permissions";
import { inScope, isPathInScope, scopedDb, type Scope } from "@/lib/core/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { createPerson } from "@/lib/persons/services";
import { loadPersonInScope } from "@/lib/persons/queries";
import { syncDocumentChecklist } from "./assessment";
import { GROUPS } from "./groups/index";
import { mergeBankAccount, type BasicDoc } from "./groups/basic";
import { newItemKey } from "./groups/fields";
import { applicableGroups, groupContext, type GroupRows } from "./requirements";
import { PersonAndProfileCreateInput, ProfileCreateInput, SaveProfileGroupInput, UpdateCategoriesInput } from "./profile-schemas";

/** IC-09: only a file that is not under review or approved is edited in place. */
const EDITABLE: ProfileStatus[] = ["DRAFT", "RETURNED"];
const LOCKED_MESSAGE = "档案已提交审核或已审核通过，不能直接修改；如需更正，请发起信息变更申请（IC-09）";

export type CreateProfileResult = { created: boolean; id: string };

/**
 * IC-01/IC-02, ORG-22: the file is owned by the person's unit (the village/community of hukou,
 * ORG-21); when the clerk works elsewhere (a town for its village, a district or city centre for
 * a walk-in client) the clerk's unit is recorded as `handledByOrgUnitId`. One file per person:
 * an existing one is returned instead of a second (like X-20 for persons).
 */
export async function createProfile(scope: Scope, raw: ProfileCreateInput): Promise<CreateProfileResult> {
  assertCan(scope, "ic.write");
  const input = ProfileCreateInput.parse(raw);
  const person = await loadPersonInScope(scope, input.personId);
  // IC-01: the org tree holds Qingdao units only, so an owning village/town means Qingdao hukou.
  const owner = await scopedDb(scope).orgUnit.findFirst({ where: { id: person.orgUnitId }, select: { level: true } });
  if (!owner || (owner.level !== "VILLAGE" && owner.level !== "TOWN")) {
    throw new FieldError("personId", "该人员未登记户籍所在村（社区）或镇（街道），不能建立采集档案");
  }
  const existing = await findExisting(scope, person.id);
  if (existing) return existing;
  try {
    const id = await db.$transaction(async (tx) => {
      const p = await tx.subjectProfile.create({
        data: {
          personId: person.id, categories: input.categories, primaryCategory: input.primaryCategory,
          otherCategoryNote: input.categories.includes("OTHER") ? (input.otherCategoryNote ?? null) : null,
          collectionChannel: input.collectionChannel, collectedById: scope.userId,
          handledByOrgUnitId: scope.orgUnitId === person.orgUnitId ? null : scope.orgUnitId,
          orgUnitId: person.orgUnitId, orgPath: person.orgPath, createdById: scope.userId, updatedById: scope.userId,
        },
      });
      // Group rows are written lazily on first save; the checklist exists from the start (IC-03).
      await syncDocumentChecklist(tx, p.id);
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "SubjectProfile", entityId: p.id, personId: person.id, orgPath: p.orgPath,
        diff: { categories: p.categories, primaryCategory: p.primaryCategory, collectionChannel: p.collectionChannel, handledByOrgUnitId: p.handledByOrgUnitId },
      });
      return p.id;
    });
    return { created: true, id };
  } catch (e) {
    // The unique personId is the final guard when two clerks start the same file at once.
    if (isUniqueViolation(e)) {
      const again = await findExisting(scope, person.id);
      if (again) return again;
    }
    throw e;
  }
}

async function findExisting(scope: Scope, personId: string): Promise<CreateProfileResult | null> {
  const existing = await db.subjectProfile.findUnique({ where: { personId }, select: { id: true, orgPath: true } });
  if (!existing) return null;
  if (!isPathInScope(scope, existing.orgPath)) throw new FieldError("personId", "该人员的采集档案由其他单位管理，如需办理请联系该单位");
  return { created: false, id: existing.id };
}

/**
 * /ic/new for an ID number that is not registered: the person first (lib/persons, with its
 * duplicate rules), then the file. Two transactions on purpose: a person is worth keeping even if
 * the file fails, and a retry finds them.
 */
export async function createPersonAndProfile(scope: Scope, raw: PersonAndProfileCreateInput): Promise<CreateProfileResult> {
  assertCan(scope, "person.write");
  assertCan(scope, "ic.write");
  const input = PersonAndProfileCreateInput.parse(raw);
  const person = await createPerson(scope, input.person).catch((e) => {
    if (e instanceof FieldError && e.field) throw new FieldError(`person.${e.field}`, e.message);
    throw e;
  });
  const personId = person.created ? person.id : person.existingId;
  const { categories, primaryCategory, otherCategoryNote, collectionChannel } = input;
  return createProfile(scope, { personId, categories, primaryCategory, otherCategoryNote, collectionChannel });
}

async function loadEditable(scope: Scope, profileId: string, version: number) {
  const profile = await scopedDb(scope).subjectProfile.findFirst({
    where: { id: profileId, deletedAt: null },
    include: { person: { select: { birthDate: true, gender: true, isDeceased: true } }, groups: true },
  });
  if (!profile) throw new NotFound("采集档案不存在或不在您的管辖范围内");
  if (!EDITABLE.includes(profile.status)) throw new InvalidTransition(LOCKED_MESSAGE);
  if (profile.version !== version) throw new Conflict();
  return profile;
}

/** Optimistic lock on the profile: every edit of any group bumps the one version. */
async function bumpVersion(tx: Tx, scope: Scope, id: string, version: number, data: Prisma.SubjectProfileUpdateManyMutationInput = {}) {
  const { count } = await tx.subjectProfile.updateMany({
    where: { id, version, status: { in: EDITABLE }, ...inScope(scope) },
    data: { ...data, version: { increment: 1 }, updatedById: scope.userId },
  });
  if (count !== 1) throw new Conflict();
}

export type SaveGroupResult = { version: number; completeness: number };

/** IC-04/IC-05: saves one content group as a draft, then re-derives the checklist and completeness. */
export async function saveProfileGroup(scope: Scope, raw: SaveProfileGroupInput): Promise<SaveGroupResult> {
  assertCan(scope, "ic.write");
  const parsed = SaveProfileGroupInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FieldError(issue.path.join(".") || "data", issue.message);
  }
  const input = parsed.data;
  const profile = await loadEditable(scope, input.profileId, input.version);
  const person = { birthDate: profile.person.birthDate.toISOString().slice(0, 10), gender: profile.person.gender, isDeceased: profile.person.isDeceased };
  if (!applicableGroups(profile.categories, person).includes(input.group)) throw new FieldError("group", "该信息组不适用于当前人员类别");
  const def = GROUPS[input.group];
  const rows: GroupRows = Object.fromEntries(profile.groups.map((g) => [g.group, { data: g.data, markedNone: g.markedNone }]));
  if (input.markedNone && !def.noneAllowed(groupContext(profile.categories, person, rows))) {
    throw new FieldError("markedNone", "本组信息为必填项，不能标记为“无”");
  }
  const prev = profile.groups.find((g) => g.group === input.group);
  const prevData = (prev?.data ?? {}) as Record<string, unknown>;
  const data = input.markedNone ? {} : prepare(input.group, input.data, prevData, Boolean(input.clearBankAccount));

  return db.$transaction(async (tx) => {
    await bumpVersion(tx, scope, profile.id, input.version);
    const json = data as Prisma.InputJsonObject;
    await tx.profileGroup.upsert({
      where: { profileId_group: { profileId: profile.id, group: input.group } },
      create: { profileId: profile.id, group: input.group, data: json, markedNone: input.markedNone, updatedById: scope.userId },
      update: { data: json, markedNone: input.markedNone, updatedById: scope.userId },
    });
    await syncDocumentChecklist(tx, profile.id);
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "SubjectProfile", entityId: profile.id, personId: profile.personId, orgPath: profile.orgPath,
      diff: {
        group: input.group,
        ...(Boolean(prev?.markedNone) !== input.markedNone ? { markedNone: { from: Boolean(prev?.markedNone), to: input.markedNone } } : {}),
        fields: flatDiff(prevData, data, def.sensitive),
      },
    });
    const after = await tx.subjectProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { version: true, completeness: true } });
    return { version: after.version, completeness: after.completeness };
  });
}

/** Server-side normalisation before storing: bank account kept when posted blank; item keys. */
function prepare(group: SaveProfileGroupInput["group"], data: Record<string, unknown>, prev: Record<string, unknown>, clearBank: boolean) {
  let out = data;
  if (group === "BASIC") out = mergeBankAccount(GROUPS.BASIC.schema.safeParse(prev).data as BasicDoc | undefined, out as BasicDoc, clearBank);
  // Items keep their key for life: MERIT_CERT checklist rows hang on it (SourceDocumentCheck.itemKey).
  if (GROUPS[group].list) out = { ...out, items: (out.items as Record<string, unknown>[]).map((it) => (it.key ? it : { ...it, key: newItemKey() })) };
  // JSON has no undefined: drop the keys of fields left blank.
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

function flatten(v: unknown, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(v) && v.some((x) => x && typeof x === "object")) {
    v.forEach((x, i) => flatten(x, `${prefix}.${i}`, out));
  } else if (prefix) out[prefix] = v;
  return out;
}

/** X-01 field diff over dotted paths, covering removed fields too; SENSITIVE paths hashed (ORG-26). */
function flatDiff(before: unknown, after: unknown, sensitive: readonly string[]) {
  const b = flatten(before);
  const a = flatten(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fieldDiff(Object.fromEntries(keys.map((k) => [k, b[k] ?? null])), Object.fromEntries(keys.map((k) => [k, a[k] ?? null])), sensitive);
}

/** Categories are core fields (IC-09): changed in place only before submission. */
export async function updateCategories(scope: Scope, raw: UpdateCategoriesInput): Promise<SaveGroupResult> {
  assertCan(scope, "ic.write");
  const input = UpdateCategoriesInput.parse(raw);
  const profile = await loadEditable(scope, input.profileId, input.version);
  const next = {
    categories: input.categories,
    primaryCategory: input.primaryCategory,
    otherCategoryNote: input.categories.includes("OTHER") ? (input.otherCategoryNote ?? null) : null,
  };
  // A changed description of "其他人员" needs the district's consent again (§3.1.1).
  const reconsent = next.otherCategoryNote !== profile.otherCategoryNote ? { otherCategoryApprovedAt: null, otherCategoryApprovedById: null } : {};
  return db.$transaction(async (tx) => {
    if (Object.keys(reconsent).length) await tx.subjectProfile.update({ where: { id: profile.id }, data: reconsent });
    await bumpVersion(tx, scope, profile.id, input.version, next);
    // Group rows of groups that no longer apply are kept (hidden, not counted) so a category
    // chosen by mistake and removed again loses nothing.
    await syncDocumentChecklist(tx, profile.id);
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "SubjectProfile", entityId: profile.id, personId: profile.personId, orgPath: profile.orgPath,
      diff: fieldDiff(profile, next),
    });
    const after = await tx.subjectProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { version: true, completeness: true } });
    return { version: after.version, completeness: after.completeness };
  });
}
