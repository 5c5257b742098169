// What lib/ic/profile-services createProfile does per file — the IC-03 checklist rows and the
// IC-05 completeness — computed with the same pure rules (lib/ic/requirements) for a whole import
// at once, so imported drafts look exactly like hand-made ones without a round trip per row.
import { assessProfile, requiredDocuments } from "@/lib/ic/requirements";
import type { DocType } from "@/lib/generated/prisma/enums";
import type { ImportRowData } from "./row-types";

export type NewFileFacts = { completeness: number; documents: { docType: DocType; itemKey: string }[] };

export function newFileFacts(row: ImportRowData): NewFileFacts {
  const person = { birthDate: row.birthDate, gender: row.gender, isDeceased: false };
  const documents = requiredDocuments(row.categories, {}, person).map((d) => ({ docType: d.docType, itemKey: d.itemKey }));
  const { completeness } = assessProfile({
    person: { ...person, hasPhone: Boolean(row.mobile || row.landline) },
    categories: row.categories,
    primaryCategory: row.primaryCategory,
    otherCategoryNote: row.otherCategoryNote,
    groups: {},
    documents: [],
  });
  return { completeness, documents };
}
