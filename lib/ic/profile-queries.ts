import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { NotFound } from "@/lib/core/errors";
import { maskBank, maskMobile } from "@/lib/core/mask";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { ProfileGroupKey, ProfileStatus, SubjectCategory, YesNoNA } from "@/lib/generated/prisma/enums";
import { ASSESSMENT_INCLUDE, toAssessInput } from "./assessment";
import { CATEGORY_LABELS, DOC_TYPE_LABELS, PROFILE_STATUS_LABELS } from "./labels";
import { GROUPS } from "./groups/index";
import { assessProfile, groupContext, isDocumentProvided } from "./requirements";

export const PROFILES_PAGE_SIZE = 50;

export type ProfileListFilter = { status?: string; category?: string; unitId?: string; name?: string; page?: number };

const isStatus = (v?: string): v is ProfileStatus => !!v && v in PROFILE_STATUS_LABELS;
const isCategory = (v?: string): v is SubjectCategory => !!v && v in CATEGORY_LABELS;

/**
 * The collection registry (X-10 masked). Offset paging on a stable order that the
 * (orgPath, status, statusSince) index serves; one extra row tells whether a next page exists,
 * so there is never a COUNT over the table.
 */
export async function listProfiles(scope: Scope, f: ProfileListFilter) {
  const sdb = scopedDb(scope);
  const page = Math.max(1, Math.floor(f.page ?? 1) || 1);
  const unitPath = f.unitId ? (await sdb.orgUnit.findFirst({ where: { id: f.unitId }, select: { path: true } }))?.path : undefined;
  if (f.unitId && !unitPath) return { rows: [], hasNext: false, page };
  const name = f.name?.trim();
  const rows = await sdb.subjectProfile.findMany({
    where: {
      deletedAt: null,
      ...(isStatus(f.status) ? { status: f.status } : {}),
      ...(isCategory(f.category) ? { categories: { has: f.category } } : {}),
      ...(unitPath ? { orgPath: { startsWith: unitPath } } : {}),
      ...(name ? { person: { name: { startsWith: name } } } : {}),
    },
    orderBy: [{ orgPath: "asc" }, { status: "asc" }, { statusSince: "asc" }, { id: "asc" }],
    skip: (page - 1) * PROFILES_PAGE_SIZE,
    take: PROFILES_PAGE_SIZE + 1,
    select: {
      id: true, status: true, statusSince: true, fileNo: true, categories: true, primaryCategory: true, completeness: true,
      handledByOrgUnitId: true,
      person: { select: { name: true, idMasked: true, gender: true, isDeceased: true, orgUnit: { select: { name: true } } } },
    },
  });
  return { rows: rows.slice(0, PROFILES_PAGE_SIZE), hasNext: rows.length > PROFILES_PAGE_SIZE, page };
}

export type ProfileListRow = Awaited<ReturnType<typeof listProfiles>>["rows"][number];

const EDITABLE: ProfileStatus[] = ["DRAFT", "RETURNED"];

export type ChecklistRow = {
  docType: keyof typeof DOC_TYPE_LABELS;
  itemKey: string;
  label: string;
  /** false: kept from an earlier requirement (see syncDocumentChecklist); counts for nothing. */
  required: boolean;
  provided: YesNoNA;
  attachmentCount: number;
  satisfied: boolean;
};

/**
 * Everything the file page shows, assessed afresh (IC-05 is always current). Opening it is
 * audited as VIEW_FULL_PROFILE. The ID number and phones stay masked and the bank account
 * is replaced by its mask: the form posts it blank for "unchanged".
 */
export async function getProfileView(scope: Scope, id: string) {
  const p = await scopedDb(scope).subjectProfile.findFirst({
    where: { id, deletedAt: null },
    include: {
      ...ASSESSMENT_INCLUDE,
      person: {
        select: {
          id: true, name: true, idMasked: true, gender: true, birthDate: true, isDeceased: true, mobile: true, landline: true,
          orgUnit: { select: { name: true } },
        },
      },
    },
  });
  if (!p) throw new NotFound("采集档案不存在或不在您的管辖范围内");
  await recordAudit(actorOf(scope), { action: "VIEW_FULL_PROFILE", entityType: "SubjectProfile", entityId: p.id, personId: p.personId, orgPath: p.orgPath });

  const input = toAssessInput(p);
  const assessment = assessProfile(input);
  // IC-04: whether "无" is an acceptable answer, per applicable group, for the tab forms.
  const ctx = groupContext(input.categories, input.person, input.groups);
  const noneAllowed = Object.fromEntries(assessment.applicableGroups.map((k) => [k, GROUPS[k].noneAllowed(ctx)])) as Partial<Record<ProfileGroupKey, boolean>>;
  const pending: Partial<Record<ProfileGroupKey, Record<string, string>>> = {};
  for (const i of assessment.fieldIssues) ((pending[i.group as ProfileGroupKey] ??= {})[i.field] = i.message);
  const groups: Partial<Record<ProfileGroupKey, { data: Record<string, unknown>; markedNone: boolean; bankAccountMasked?: string }>> = {};
  for (const g of p.groups) groups[g.group] = maskGroup(g.group, g.data, g.markedNone);

  const required = new Map(assessment.documents.map((d) => [`${d.docType}|${d.itemKey}`, d]));
  const rows: ChecklistRow[] = p.documents.map((d) => {
    const req = required.get(`${d.docType}|${d.itemKey}`);
    required.delete(`${d.docType}|${d.itemKey}`);
    const attachmentCount = d._count.attachments;
    return {
      docType: d.docType, itemKey: d.itemKey, label: req?.label ?? DOC_TYPE_LABELS[d.docType], required: Boolean(req),
      provided: d.provided, attachmentCount, satisfied: isDocumentProvided({ ...d, attachmentCount }),
    };
  });
  for (const d of required.values()) rows.push({ docType: d.docType, itemKey: d.itemKey, label: d.label, required: true, provided: "NO", attachmentCount: 0, satisfied: false });

  const { person } = p;
  return {
    person: {
      id: person.id, name: person.name, idMasked: person.idMasked, gender: person.gender, birthDate: person.birthDate,
      isDeceased: person.isDeceased, mobileMasked: person.mobile ? maskMobile(person.mobile) : null, hasLandline: Boolean(person.landline),
      unitName: person.orgUnit.name,
    },
    profile: {
      id: p.id, fileNo: p.fileNo, status: p.status, statusSince: p.statusSince, categories: p.categories,
      primaryCategory: p.primaryCategory, otherCategoryNote: p.otherCategoryNote, collectionChannel: p.collectionChannel,
      collectedAt: p.collectedAt, handledByOrgUnitId: p.handledByOrgUnitId, version: p.version, editable: EDITABLE.includes(p.status),
      lastVerifiedAt: p.lastVerifiedAt, otherCategoryApprovedAt: p.otherCategoryApprovedAt,
    },
    groups,
    applicable: assessment.applicableGroups,
    noneAllowed,
    /** IC-05 gaps and IC-06 problems by group, keyed by the path inside the group document. */
    pending,
    assessment,
    checklist: { required: assessment.documentCounts.required, provided: assessment.documentCounts.provided, rows },
  };
}

export type ProfileView = Awaited<ReturnType<typeof getProfileView>>;

function maskGroup(group: ProfileGroupKey, data: unknown, markedNone: boolean) {
  const doc = (data && typeof data === "object" ? { ...(data as Record<string, unknown>) } : {}) as Record<string, unknown>;
  if (group !== "BASIC" || !doc.bankInfo || typeof doc.bankInfo !== "object") return { data: doc, markedNone };
  const { accountNo, ...bank } = doc.bankInfo as Record<string, unknown>;
  return { data: { ...doc, bankInfo: bank }, markedNone, bankAccountMasked: typeof accountNo === "string" ? maskBank(accountNo) : undefined };
}

/** Step 1 of /ic/new: who the ID number belongs to (masked) and whether a file exists already. */
export async function loadPersonSummary(scope: Scope, personId: string) {
  const p = await scopedDb(scope).person.findFirst({
    where: { id: personId, deletedAt: null },
    select: {
      id: true, name: true, idMasked: true, gender: true, birthDate: true, isDeceased: true,
      orgUnit: { select: { name: true } }, profile: { select: { id: true } },
    },
  });
  if (!p) throw new NotFound("人员不存在或不在您的管辖范围内");
  return {
    id: p.id, name: p.name, idMasked: p.idMasked, gender: p.gender, birthDate: p.birthDate.toISOString().slice(0, 10),
    isDeceased: p.isDeceased, unitName: p.orgUnit.name, existingProfileId: p.profile?.id ?? null,
  };
}
