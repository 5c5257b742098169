import "server-only";
import { fileTypeFromBuffer } from "file-type";

export type SniffedType = { mime: string; ext: string };

/**
 * What the bytes are, read from their magic numbers (file-type), never from the file name or the
 * browser's Content-Type: both are chosen by the uploader (V-FILE). `null` when unrecognised.
 */
export async function sniffContent(bytes: Uint8Array): Promise<SniffedType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found ? { mime: found.mime, ext: found.ext } : null;
}

/** V-FILE: PDF, JPG or PNG. */
export const V_FILE_MIMES: ReadonlySet<string> = new Set(["application/pdf", "image/jpeg", "image/png"]);
/** V-PHOTO: JPG or PNG. */
export const V_PHOTO_MIMES: ReadonlySet<string> = new Set(["image/jpeg", "image/png"]);
