import "server-only";
import { db } from "@/lib/core/db";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { verifyUrl } from "@/lib/core/pdf/qr";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { GENDER_LABELS } from "@/lib/persons/labels";
import { CATEGORY_LABELS, PROFILE_STATUS_LABELS, YES_NO_NA_LABELS } from "@/lib/ic/labels";
import { getDocumentChecklist } from "@/lib/ic/documents/queries";
import { DOC_NEED_LABELS } from "@/lib/ic/documents/rules";
import { loadProfileInScope } from "@/lib/ic/documents/load";
import { readPaperFile } from "@/lib/ic/four-ones/paper-file";
import { issuePrintout } from "@/lib/core/pdf/issue-printout";
import { renderCoverSheet, type CoverSheetData } from "./render-cover";

/** X-50 (a) / IC-07: prints the cover sheet of one profile, loaded through the caller's scope. */
export async function printCoverSheet(scope: Scope, profileId: string, origin: string) {
  assertCan(scope, "ic.read");
  const scoped = await loadProfileInScope(scope, profileId);
  const [profile, checklist, issuer] = await Promise.all([
    db.subjectProfile.findUniqueOrThrow({
      where: { id: scoped.id },
      select: {
        fileNo: true, status: true, categories: true, primaryCategory: true,
        person: { select: { name: true, gender: true, idMasked: true, orgUnit: { select: { name: true } } } },
      },
    }),
    getDocumentChecklist(scope, scoped.id),
    db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { name: true } }),
  ]);
  const paper = readPaperFile(scoped.paperFile);
  const custodian = paper ? await db.orgUnit.findUnique({ where: { id: paper.custodianOrgUnitId }, select: { name: true } }) : null;
  const owner = await db.orgUnit.findUniqueOrThrow({ where: { id: scoped.orgUnitId }, select: { name: true } });
  const categories = [profile.primaryCategory, ...profile.categories.filter((c) => c !== profile.primaryCategory)]
    .map((c, i) => (i === 0 ? `${CATEGORY_LABELS[c]}（主）` : CATEGORY_LABELS[c]))
    .join("、");
  const base: Omit<CoverSheetData, "docNo" | "verifyUrl"> = {
    issuingUnit: issuer.name,
    fileNo: profile.fileNo,
    name: profile.person.name,
    gender: GENDER_LABELS[profile.person.gender],
    idMasked: profile.person.idMasked,
    categories,
    ownerUnit: owner.name,
    statusLabel: PROFILE_STATUS_LABELS[profile.status],
    paper: paper && { ...paper, custodian: custodian?.name ?? "—" },
    docs: checklist.rows.map((r) => ({
      label: r.label,
      need: DOC_NEED_LABELS[r.need],
      provided: r.provided === "NA" ? `${YES_NO_NA_LABELS.NA}：${r.naReason ?? ""}` : YES_NO_NA_LABELS[r.provided],
      attachments: r.attachments.length,
      sighted: r.originalSighted ? `√ ${r.verifiedByName ?? ""} ${r.verifiedAt ? formatShanghaiDateTime(r.verifiedAt).slice(0, 10) : ""}`.trim() : "",
      remark: r.remark ?? "",
    })),
  };
  const printed = await issuePrintout(
    scope,
    { kind: "COVER", entityType: "SubjectProfile", entityId: scoped.id, personId: scoped.personId, orgPath: scoped.orgPath },
    (docNo) => renderCoverSheet({ ...base, docNo, verifyUrl: verifyUrl(origin, docNo) }),
  );
  return { ...printed, fileName: `一人一档封面-${profile.person.name}-${printed.docNo}.pdf` };
}
