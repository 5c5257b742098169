import "server-only";
import type { Tx } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import type { DocType, ProfileGroupKey } from "@/lib/generated/prisma/enums";
import { assessProfile, requiredDocuments, type AssessInput, type Assessment, type DocumentRow, type GroupRows } from "./requirements";

// The stored profile seen through the pure rules of requirements.ts. Callers (the review submit
// guard, document uploads, the group saves) have already checked scope: these functions take a
// transaction and a profile id and never widen access by themselves.

/** What the rules need; also used by getProfileView so both read the same shape. */
export const ASSESSMENT_INCLUDE = {
  person: { select: { birthDate: true, gender: true, isDeceased: true, mobile: true, landline: true } },
  groups: { select: { group: true, data: true, markedNone: true } },
  documents: {
    select: {
      id: true, docType: true, itemKey: true, provided: true, naReason: true, originalSighted: true, verifiedAt: true, remark: true,
      // IC-03 counts live attachments only; a removed one no longer proves anything.
      _count: { select: { attachments: { where: { deletedAt: null } } } },
    },
  },
} as const;

type LoadedProfile = {
  categories: AssessInput["categories"];
  primaryCategory: AssessInput["primaryCategory"];
  otherCategoryNote: string | null;
  person: { birthDate: Date; gender: AssessInput["person"]["gender"]; isDeceased: boolean; mobile: string | null; landline: string | null };
  groups: { group: ProfileGroupKey; data: unknown; markedNone: boolean }[];
  documents: { docType: DocType; itemKey: string; provided: DocumentRow["provided"]; naReason: string | null; _count: { attachments: number } }[];
};

export function toAssessInput(p: LoadedProfile): AssessInput {
  const groups: GroupRows = {};
  for (const g of p.groups) groups[g.group] = { data: g.data, markedNone: g.markedNone };
  return {
    person: {
      birthDate: p.person.birthDate.toISOString().slice(0, 10),
      gender: p.person.gender,
      isDeceased: p.person.isDeceased,
      hasPhone: Boolean(p.person.mobile || p.person.landline),
    },
    categories: p.categories,
    primaryCategory: p.primaryCategory,
    otherCategoryNote: p.otherCategoryNote,
    groups,
    documents: p.documents.map((d) => ({ docType: d.docType, itemKey: d.itemKey, provided: d.provided, naReason: d.naReason, attachmentCount: d._count.attachments })),
  };
}

async function loadProfile(tx: Tx, profileId: string) {
  const p = await tx.subjectProfile.findFirst({ where: { id: profileId, deletedAt: null }, include: ASSESSMENT_INCLUDE });
  if (!p) throw new NotFound("采集档案不存在或无权访问");
  return p;
}

/** IC-03/04/05/06 for a stored profile: the submit guard's `blockers` and the completeness figure. */
export async function assessStoredProfile(tx: Tx, profileId: string): Promise<Assessment> {
  const p = await loadProfile(tx, profileId);
  const assessment = assessProfile(toAssessInput(p));
  // §3.1.1: "其他人员" is the standard's open-ended "等人员"; a district reviewer agrees first.
  if (p.categories.includes("OTHER") && !p.otherCategoryApprovedAt) {
    return { ...assessment, blockers: [...assessment.blockers, "“其他人员”类别须经区级审核人员同意后方可提交"] };
  }
  return assessment;
}

/**
 * IC-03: brings the SourceDocumentCheck rows in line with the categories and the data entered,
 * then stores the completeness figure (IC-05).
 *
 * - A required document without a row gets one (provided = NO).
 * - A row that is no longer required (a category or an award removed) is deleted only while
 *   nobody has touched it: still NO, no reason, no remark, not sighted or verified, and no
 *   attachment ever linked. Any other such row is kept as it is, so no evidence is lost; the
 *   checklist shows it as "不再需要" and it counts for nothing. OTHER_PROOF rows are never touched
 *   (they are optional by nature).
 */
export async function syncDocumentChecklist(tx: Tx, profileId: string): Promise<void> {
  const p = await loadProfile(tx, profileId);
  const input = toAssessInput(p);
  const required = requiredDocuments(input.categories, input.groups, input.person);
  const keyOf = (d: { docType: DocType; itemKey: string }) => `${d.docType}|${d.itemKey}`;
  const have = new Set(p.documents.map(keyOf));
  const missing = required.filter((r) => !have.has(keyOf(r)));
  if (missing.length) {
    await tx.sourceDocumentCheck.createMany({
      data: missing.map((r) => ({ profileId, docType: r.docType, itemKey: r.itemKey })),
      skipDuplicates: true,
    });
  }
  const wanted = new Set(required.map(keyOf));
  const stale = p.documents.filter((d) => d.docType !== "OTHER_PROOF" && !wanted.has(keyOf(d))).map((d) => d.id);
  if (stale.length) {
    // The "untouched" test is repeated in the WHERE so an upload racing with this save wins.
    await tx.sourceDocumentCheck.deleteMany({
      where: {
        id: { in: stale }, profileId, provided: "NO", naReason: null, remark: null, originalSighted: false, verifiedAt: null,
        verifiedById: null, attachments: { none: {} },
      },
    });
  }
  const { completeness } = assessProfile(input);
  if (completeness !== p.completeness) {
    await tx.subjectProfile.update({ where: { id: profileId }, data: { completeness } });
  }
}
