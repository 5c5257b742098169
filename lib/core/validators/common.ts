import { z } from "zod";

/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space become half-width.
 * SPEC §0.4 `str(n)`: Chinese IMEs often type ０-９, Ｘ and －, which would otherwise fail the
 * validators below for a value the clerk sees as correct.
 */
export function toHalfWidth(raw: string): string {
  return raw.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Optional variant of a string schema for forms: react-hook-form submits "" (or blanks) for an
 * empty input, which must mean "not given" (undefined), not "invalid".
 */
export function optionalField<T extends z.ZodType<unknown, string>>(schema: T) {
  // Not a union: a failed union reports the blank branch's message, not the field's Chinese one.
  return z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v))
    .pipe(schema.optional());
}
