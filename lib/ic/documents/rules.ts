// Source-document checklist rules (SPEC §3.1.2 SourceDocumentCheck, IC-03, V-FILE, V-PHOTO).
// Pure and client-safe: the upload control shows the same limits the server enforces.
import type { DocType, ProfileStatus, YesNoNA } from "@/lib/generated/prisma/enums";

/** V-FILE: ≤ 10 MB per file, at most 20 files per field. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_ROW = 20;
/** V-PHOTO: JPG or PNG, ≤ 2 MB, at least 295×413 px (a 1-inch photo at 300 dpi), portrait. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_MIN_WIDTH = 295;
export const PHOTO_MIN_HEIGHT = 413;

export const UPLOAD_ACCEPT = "application/pdf,image/jpeg,image/png";
export const PHOTO_ACCEPT = "image/jpeg,image/png";

/**
 * ORG-26 / X-30: scans that show a full ID number or disability and death details are
 * SENSITIVE, so opening them is audited. Photos and certificates of service or merit are not.
 */
export const DOC_SENSITIVITY: Record<DocType, "NORMAL" | "SENSITIVE"> = {
  ID_CARD: "SENSITIVE",
  HUKOU_BOOKLET: "SENSITIVE",
  DISCHARGE_CERT: "NORMAL",
  PHOTO: "NORMAL",
  EDUCATION_CERT: "NORMAL",
  MERIT_CERT: "NORMAL",
  DISABILITY_CERT: "SENSITIVE",
  DEATH_CERT_AND_KINSHIP: "SENSITIVE",
  OTHER_PROOF: "NORMAL",
};

export const DOC_NEED_LABELS = { REQUIRED: "必需", OPTIONAL: "可选", NO_LONGER: "不再需要" } as const;

/** Uploads and the provided/NA marks change only while the collector holds the file (§3.1.4). */
export const DOC_EDITABLE_STATUSES: readonly ProfileStatus[] = ["DRAFT", "RETURNED"];

export function isDocEditable(status: ProfileStatus): boolean {
  return DOC_EDITABLE_STATUSES.includes(status);
}

export const NA_REASON_MIN = 2;
export const NA_REASON_MAX = 200;

/**
 * IC-03: a row counts as done when it is YES with at least one attachment, or NA with a reason.
 * Returns the Chinese refusal for a mark the row cannot take, or null.
 */
export function providedProblem(provided: YesNoNA, naReason: string | null | undefined, attachmentCount: number): string | null {
  if (provided === "YES" && attachmentCount === 0) return "标记为“已提供”前请先上传材料扫描件";
  if (provided === "NA" && (naReason?.trim().length ?? 0) < NA_REASON_MIN) return "标记为“不适用”时请填写原因（至少2个字）";
  return null;
}
