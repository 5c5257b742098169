import { z } from "zod";
import { toHalfWidth } from "@/lib/core/validators/common";

// SPEC V-NAME (§0.5): 1–30 characters of Han script, the separator "·" and Latin letters with
// spaces. Digits are let through with a warning (nameWarnings) because the spec makes them a
// warning, not an error: old paper records sometimes carry them and the clerk must decide.

const MAX_LENGTH = 30;
/** Dots that IMEs and scanned documents produce in place of the GB 3304 separator U+00B7. */
const DOT_VARIANTS = /[\u2022\u2027\u2219\u22C5\u30FB\uFF65\u318D]/g;
const ALLOWED_RE = /^[\p{Script=Han}A-Za-z0-9· ]+$/u;

export type NameResult = { ok: true; value: string } | { ok: false; error: string };

export function normalizeName(raw: string): string {
  return toHalfWidth(raw)
    .replace(DOT_VARIANTS, "·")
    .replace(/\s+/g, " ")
    .replace(/\s*·\s*/g, "·")
    .trim();
}

export function validateName(raw: string): NameResult {
  const value = normalizeName(raw);
  if (value === "") return { ok: false, error: "请输入姓名" };
  // Count code points: rare name characters live outside the BMP (CJK Extension B+).
  if ([...value].length > MAX_LENGTH) return { ok: false, error: `姓名不能超过${MAX_LENGTH}个字` };
  if (!ALLOWED_RE.test(value)) {
    return { ok: false, error: "姓名只能包含汉字、间隔号“·”和英文字母" };
  }
  if (/^·|·$|··/.test(value)) return { ok: false, error: "间隔号“·”只能用在姓名中间" };
  return { ok: true, value };
}

/** Non-blocking hints shown next to the field (V-NAME: digits → warning). */
export function nameWarnings(name: string): string[] {
  return /\d/.test(name) ? ["姓名中含有数字，请核对"] : [];
}

export const nameSchema = z
  .string({ error: "请输入姓名" })
  .overwrite(normalizeName)
  .superRefine((value, ctx) => {
    const result = validateName(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.error });
  });
