import { z } from "zod";
import { isValidDateString, todayInShanghai } from "@/lib/core/calendar-math";
import { toHalfWidth } from "@/lib/core/validators/common";
import { regionCodeWarning } from "@/lib/core/validators/region-codes";

// SPEC V-ID (§0.5), GB 11643-1999 公民身份号码.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"] as const;
const MIN_BIRTH_DATE = "1900-01-01";

export type IdNumberResult =
  | { ok: true; value: string; gender: "MALE" | "FEMALE"; birthDate: string; regionWarning?: string }
  | { ok: false; error: string };

/** V-ID step 1: trim, full-width → half-width, x → X. */
export function normalizeIdNumber(raw: string): string {
  return toHalfWidth(raw).trim().toUpperCase();
}

/** V-ID step 4, GB 11643 §8.2: ISO 7064 MOD 11-2 over the first 17 digits. */
export function computeIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("计算校验位需要17位数字");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Validates an 18-digit ID and derives gender and birth date (V-ID steps 2–6). */
export function validateIdNumber(raw: string, opts: { today?: Date } = {}): IdNumberResult {
  const value = normalizeIdNumber(raw);
  if (value === "") return { ok: false, error: "请输入身份证号" };
  // AMB-41: legacy 15-digit numbers are rejected in forms; only the importer converts them.
  if (/^\d{15}$/.test(value)) return { ok: false, error: "请输入18位身份证号" };
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, error: "身份证号格式错误：应为17位数字加1位数字或X" };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isValidDateString(birthDate)) return { ok: false, error: "身份证号中的出生日期无效" };
  if (birthDate < MIN_BIRTH_DATE) return { ok: false, error: "身份证号中的出生日期早于1900年" };
  if (birthDate > todayInShanghai(opts.today)) {
    return { ok: false, error: "身份证号中的出生日期晚于今天" };
  }
  if (computeIdCheckDigit(value.slice(0, 17)) !== value[17]) {
    return { ok: false, error: "身份证号校验位错误" };
  }
  // V-ID step 6: the 17th digit (sequence code) is odd for men.
  const gender = Number(value[16]) % 2 === 1 ? "MALE" : "FEMALE";
  const regionWarning = regionCodeWarning(value.slice(0, 6));
  return regionWarning
    ? { ok: true, value, gender, birthDate, regionWarning }
    : { ok: true, value, gender, birthDate };
}

/**
 * a 15-digit legacy ID becomes 18 digits by inserting the century "19" after the region
 * code and appending the GB 11643 check digit. Pre-1999 15-digit IDs only ever held 19xx births.
 */
export function convert15To18(id15: string): string {
  const value = normalizeIdNumber(id15);
  if (!/^\d{15}$/.test(value)) throw new RangeError("15位身份证号格式错误");
  const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
  return first17 + computeIdCheckDigit(first17);
}

/** Importer entry point: converts 15-digit IDs and flags them for verification. */
export function validateImportedIdNumber(
  raw: string,
  opts: { today?: Date } = {},
): (IdNumberResult & { ok: false }) | (IdNumberResult & { ok: true; idConverted: boolean }) {
  const value = normalizeIdNumber(raw);
  const idConverted = /^\d{15}$/.test(value);
  const result = validateIdNumber(idConverted ? convert15To18(value) : value, opts);
  return result.ok ? { ...result, idConverted } : result;
}

/** Form/action schema: outputs the normalised 18-digit ID or fails with the V-ID message. */
export const idNumberSchema = z
  .string({ error: "请输入身份证号" })
  .overwrite(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const result = validateIdNumber(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.error });
  });
