import { z } from "zod";
import { toHalfWidth } from "@/lib/core/validators/common";

// SPEC V-USCC (§0.5), GB 32100-2015 法人和其他组织统一社会信用代码编码规则.

/** GB 32100 code set: digits and capitals without I, O, S, V, Z (confusable with 1, 0, 5, U, 2). */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Positions 3–8 are the GB/T 2260 region code, hence digits only. */
const FORMAT_RE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccResult = { ok: true; value: string } | { ok: false; error: string };

export function normalizeUscc(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, "").toUpperCase();
}

/** GB 32100 §4.3: check = 31 − (Σ code×weight mod 31), where 31 becomes 0. */
export function computeUsccCheckChar(first17: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) throw new RangeError("计算校验码需要17位有效字符");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function validateUscc(raw: string): UsccResult {
  const value = normalizeUscc(raw);
  if (value === "") return { ok: false, error: "请输入统一社会信用代码" };
  if (!FORMAT_RE.test(value)) {
    return { ok: false, error: "统一社会信用代码格式错误：应为18位数字或大写字母（不含I、O、S、V、Z）" };
  }
  if (computeUsccCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, error: "统一社会信用代码校验位错误" };
  }
  return { ok: true, value };
}

export const usccSchema = z
  .string({ error: "请输入统一社会信用代码" })
  .overwrite(normalizeUscc)
  .superRefine((value, ctx) => {
    const result = validateUscc(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.error });
  });
