import "server-only";
import { randomInt } from "node:crypto";

// Temporary passwords shown once to the admin; they satisfy the policy (≥10 chars, 4 classes)
// and avoid look-alike characters that clerks misread over the phone (0/O, 1/l/I).
const SETS = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "!@#$%*?"];

export function generateTemporaryPassword(length = 12): string {
  const chars = SETS.map((s) => s[randomInt(s.length)]);
  const all = SETS.join("");
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}
