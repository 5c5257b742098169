import "server-only";
import { db } from "@/lib/core/db";
import { can } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import type { DocType } from "@/lib/generated/prisma/enums";
import { DOC_TYPE_LABELS } from "@/lib/ic/labels";
import { assessStoredProfile } from "@/lib/ic/assessment";
import { loadProfileInScope } from "./load";
import { canSightOriginals } from "./permissions";
import { isDocEditable } from "./rules";

const DOC_ORDER = Object.keys(DOC_TYPE_LABELS) as DocType[];

/** The §6.1.2 checklist of one profile with its attachments, in the a)–h) order of the standard. */
export async function getDocumentChecklist(scope: Scope, profileId: string) {
  const profile = await loadProfileInScope(scope, profileId);
  // Which rows are required (and their labels, e.g. one per merit award) comes from the same
  // rules the submit guard uses (lib/ic/requirements), so the panel and IC-03 never disagree.
  const { documents: required } = await assessStoredProfile(db, profile.id);
  const requiredLabel = new Map(required.map((d) => [`${d.docType}|${d.itemKey}`, d.label]));
  const checks = await db.sourceDocumentCheck.findMany({
    where: { profileId: profile.id },
    include: {
      attachments: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, mime: true, size: true, sensitivity: true, scanStatus: true, createdAt: true },
      },
    },
  });
  checks.sort((a, b) => DOC_ORDER.indexOf(a.docType) - DOC_ORDER.indexOf(b.docType) || a.itemKey.localeCompare(b.itemKey));
  const verifierIds = [...new Set(checks.map((c) => c.verifiedById).filter((v): v is string => !!v))];
  // Only display names: the verifier may be a reviewer of a unit above the caller's scope.
  const verifiers = verifierIds.length
    ? await db.user.findMany({ where: { id: { in: verifierIds } }, select: { id: true, displayName: true } })
    : [];
  const nameOf = new Map(verifiers.map((u) => [u.id, u.displayName]));
  return {
    profileId: profile.id,
    status: profile.status,
    editable: isDocEditable(profile.status) && can(scope, "ic.write"),
    canSight: canSightOriginals(scope, profile.status),
    rows: checks.map((c) => ({
      id: c.id,
      docType: c.docType,
      itemKey: c.itemKey,
      label: requiredLabel.get(`${c.docType}|${c.itemKey}`) ?? DOC_TYPE_LABELS[c.docType],
      /** REQUIRED, OPTIONAL (其他证明) or NO_LONGER (kept because it holds evidence; counts for nothing). */
      need: requiredLabel.has(`${c.docType}|${c.itemKey}`) ? ("REQUIRED" as const) : c.docType === "OTHER_PROOF" ? ("OPTIONAL" as const) : ("NO_LONGER" as const),
      provided: c.provided,
      naReason: c.naReason,
      remark: c.remark,
      originalSighted: c.originalSighted,
      verifiedAt: c.verifiedAt,
      verifiedByName: c.verifiedById ? (nameOf.get(c.verifiedById) ?? "—") : null,
      attachments: c.attachments,
    })),
  };
}

export type DocumentChecklist = Awaited<ReturnType<typeof getDocumentChecklist>>;
export type DocumentRow = DocumentChecklist["rows"][number];
