// An .xlsx is a zip. exceljs inflates every part in memory, so a small upload that expands to
// gigabytes (a "zip bomb") would take the server down. The sizes the zip declares in its central
// directory are summed BEFORE anything is inflated; a file that lies about them fails to parse later.

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;

/** Sum of declared uncompressed sizes, or null when the bytes are not a plain (non-ZIP64) zip. */
export function declaredUncompressedSize(bytes: Buffer): number | null {
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) return null; // ZIP64: never produced by Excel for our sizes
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CDH_SIG) return null;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

/** 20,000 template rows inflate to ~15 MB; 200 MB leaves ample room and still protects memory. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

export function isSafeXlsxZip(bytes: Buffer, limit = MAX_UNCOMPRESSED_BYTES): boolean {
  const size = declaredUncompressedSize(bytes);
  return size !== null && size <= limit;
}
