// Shapes stored in ImportJob.rows. The original cells are kept encrypted (X-13: they hold
// full ID numbers) so the error workbook can give the clerk back exactly what was uploaded.
import type { Gender, SubjectCategory } from "@/lib/generated/prisma/enums";

export type RowError = { column: string; message: string };

/** A row that passed validation, normalised and ready to insert. */
export type ImportRowData = {
  idHash: string;
  idCipher: string;
  idMasked: string;
  gender: Gender;
  birthDate: string;
  /** a 15-digit legacy number was converted; the profile must be verified. */
  idConverted: boolean;
  name: string;
  mobile: string | null;
  landline: string | null;
  hukouAddress: string | null;
  unitId: string;
  unitCode: string;
  unitPath: string;
  categories: SubjectCategory[];
  primaryCategory: SubjectCategory;
  otherCategoryNote: string | null;
  /** In-scope person with this ID found at validation; re-checked at commit. */
  existingPersonId?: string;
};

export type ImportRow = {
  rowNo: number;
  /** encryptField(JSON of the original cell texts). */
  raw: string;
  /** Masked ID and name for the preview table, without decrypting every row. */
  label: { idMasked: string; name: string };
  data?: ImportRowData;
  errors: RowError[];
  warnings: string[];
};

export type ImportMode = "VALID_ONLY" | "ALL_OR_NOTHING";
export type DuplicatePolicy = "SKIP" | "UPDATE_CONTACT";

export type ImportJobStatus = "VALIDATED" | "COMMITTING" | "COMMITTED" | "FAILED";

export type ImportPreview = { newCount: number; duplicateCount: number; convertedCount: number; warningCount: number };

export type ImportCommitResult = {
  mode: ImportMode;
  duplicates: DuplicatePolicy;
  created: number;
  contactsUpdated: number;
  duplicatesSkipped: number;
  /** Rows refused at commit time (e.g. the ID was registered elsewhere since the preview). */
  lateErrors: { rowNo: number; message: string }[];
  rejected: number;
  idConvertedPersonIds: string[];
  createdPersonIds: string[];
  updatedPersonIds: string[];
  ms: number;
};
