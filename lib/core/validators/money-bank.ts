import { z } from "zod";
import { optionalField, toHalfWidth } from "@/lib/core/validators/common";

// SPEC V-AMT and V-BANK (§0.5).

export type MoneyBankResult = { ok: true; value: string } | { ok: false; error: string };

/** dec(12,2): at most 10 integer digits and 2 decimals. */
const AMOUNT_RE = /^\d{1,10}(\.\d{1,2})?$/;

/** Accepts "1,234.5", "￥1234.50" or a number; returns a canonical 2-decimal string for Prisma Decimal. */
export function normalizeAmount(raw: string | number): string {
  return toHalfWidth(String(raw)).trim().replace(/^[¥￥]/, "").replace(/[,，\s]/g, "");
}

export function validateAmount(raw: string | number): MoneyBankResult {
  const value = normalizeAmount(raw);
  if (value === "") return { ok: false, error: "请输入金额" };
  if (value.startsWith("-")) return { ok: false, error: "金额不能为负数" };
  if (/^\d+\.\d{3,}$/.test(value)) return { ok: false, error: "金额最多保留两位小数" };
  if (/^\d{11,}(\.\d*)?$/.test(value)) return { ok: false, error: "金额超出范围（最大 9999999999.99 元）" };
  if (!AMOUNT_RE.test(value)) return { ok: false, error: "金额格式错误" };
  // Money stays a string so no binary float ever touches it.
  const [int, frac = ""] = value.split(".");
  return { ok: true, value: `${BigInt(int)}.${frac.padEnd(2, "0")}` };
}

/** V-BANK: account numbers are printed in groups, so spaces and hyphens are dropped. */
export function normalizeBankAccount(raw: string): string {
  return toHalfWidth(raw).replace(/[\s-]/g, "");
}

export function validateBankAccount(raw: string): MoneyBankResult {
  const value = normalizeBankAccount(raw);
  if (value === "") return { ok: false, error: "请输入银行账号" };
  if (!/^\d{12,30}$/.test(value)) return { ok: false, error: "银行账号格式错误：应为12至30位数字" };
  return { ok: true, value };
}

/** ISO/IEC 7812 Luhn check; card numbers pass it, many passbook accounts do not. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** V-BANK: a failed Luhn check is only a warning, because passbook accounts do not use it. */
export function bankAccountWarnings(account: string): string[] {
  const value = normalizeBankAccount(account);
  return /^\d+$/.test(value) && !luhnValid(value) ? ["银行账号未通过校验，请与存折或银行卡核对"] : [];
}

function schemaOf<I extends string | number>(
  input: z.ZodType<I, I>,
  validate: (raw: I) => MoneyBankResult,
) {
  return input.transform((raw, ctx) => {
    const result = validate(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

export const amountSchema = schemaOf(
  z.union([z.string(), z.number()], { error: "请输入金额" }),
  validateAmount,
);
export const optionalAmountSchema = optionalField(schemaOf(z.string(), validateAmount));
export const bankAccountSchema = schemaOf(z.string({ error: "请输入银行账号" }), validateBankAccount);
export const optionalBankAccountSchema = optionalField(bankAccountSchema);
