import "server-only";
import type { DocType } from "@/lib/generated/prisma/enums";
import { FieldError } from "@/lib/core/errors";
import { sniffContent, V_FILE_MIMES, V_PHOTO_MIMES } from "@/lib/core/storage/sniff";
import { readImageSize } from "@/lib/core/storage/image-size";
import { MAX_FILE_BYTES, PHOTO_MAX_BYTES, PHOTO_MIN_HEIGHT, PHOTO_MIN_WIDTH } from "./rules";

export type IncomingFile = { name: string; bytes: Uint8Array };
export type CheckedFile = IncomingFile & { mime: string; fileName: string };

const EXT_OF: Record<string, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/**
 * V-FILE / V-PHOTO. The type comes from the bytes (sniffContent), never from the name: a PNG
 * named .pdf is stored as PNG (and renamed so it opens correctly), an executable named .pdf is
 * refused. Messages name the file, since a clerk may upload several at once.
 */
export async function checkUploadFile(file: IncomingFile, docType: DocType): Promise<CheckedFile> {
  const label = `“${displayName(file.name)}”`;
  if (file.bytes.byteLength === 0) throw new FieldError("files", `${label}是空文件`);
  if (file.bytes.byteLength > MAX_FILE_BYTES) throw new FieldError("files", `${label}超过10MB，请压缩或分页扫描后再上传`);
  const sniffed = await sniffContent(file.bytes);
  if (!sniffed || !V_FILE_MIMES.has(sniffed.mime)) {
    throw new FieldError("files", `${label}不是PDF、JPG或PNG文件（系统按文件内容识别，与扩展名无关），不能上传`);
  }
  if (docType === "PHOTO") checkPhoto(file, sniffed.mime, label);
  return { ...file, mime: sniffed.mime, fileName: withExtension(file.name, EXT_OF[sniffed.mime]) };
}

function checkPhoto(file: IncomingFile, mime: string, label: string) {
  if (!V_PHOTO_MIMES.has(mime)) throw new FieldError("files", `${label}：照片须为JPG或PNG图片`);
  if (file.bytes.byteLength > PHOTO_MAX_BYTES) throw new FieldError("files", `${label}：照片不能超过2MB`);
  const size = readImageSize(file.bytes);
  if (!size) throw new FieldError("files", `${label}：无法读取照片尺寸，请重新拍摄或导出后上传`);
  if (size.width < PHOTO_MIN_WIDTH || size.height < PHOTO_MIN_HEIGHT) {
    throw new FieldError("files", `${label}：照片尺寸为${size.width}×${size.height}像素，至少需要${PHOTO_MIN_WIDTH}×${PHOTO_MIN_HEIGHT}像素`);
  }
  if (size.height <= size.width) throw new FieldError("files", `${label}：照片须为竖版（高度大于宽度）`);
}

/** The uploader's name without any path, control characters or over-long tail. */
export function displayName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return [...(clean || "未命名文件")].slice(0, 120).join("");
}

function withExtension(raw: string, ext: string): string {
  const name = displayName(raw);
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem}.${ext}`;
}
