import { randomBytes } from "node:crypto";

// Keys are `<prefix>/<yyyy>/<2 hex>/<32 hex>`: random, so one cannot be guessed from another, and
// sharded so a directory never holds millions of files.
const KEY_RE = /^[a-z0-9-]{1,20}\/\d{4}\/[0-9a-f]{2}\/[0-9a-f]{32}$/;

export function newBlobKey(prefix: string, now = new Date()): string {
  const id = randomBytes(16).toString("hex");
  return `${prefix}/${now.getUTCFullYear()}/${id.slice(0, 2)}/${id}`;
}

/** Refuses anything that is not a key newBlobKey could have made (no `..`, no absolute paths). */
export function assertBlobKey(key: string): void {
  if (!KEY_RE.test(key)) throw new Error(`非法的存储键：${key.slice(0, 60)}`);
}
