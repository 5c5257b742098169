import { describe, it, expect } from "vitest";
import {
  amountSchema,
  bankAccountWarnings,
  luhnValid,
  optionalAmountSchema,
  validateAmount,
  validateBankAccount,
} from "@/lib/core/validators/money-bank";

describe("V-AMT", () => {
  it("canonicalises to two decimals", () => {
    expect(validateAmount("1,234.5")).toEqual({ ok: true, value: "1234.50" });
    expect(validateAmount(0)).toEqual({ ok: true, value: "0.00" });
    expect(amountSchema.parse("￥９９")).toBe("99.00");
    expect(optionalAmountSchema.parse("")).toBeUndefined();
  });

  it("rejects negatives, 3 decimals and overflow of dec(12,2)", () => {
    expect(validateAmount("-1")).toEqual({ ok: false, error: "金额不能为负数" });
    expect(validateAmount("1.234").ok).toBe(false);
    expect(validateAmount("9999999999.99").ok).toBe(true);
    expect(validateAmount("10000000000").ok).toBe(false);
    expect(validateAmount("abc").ok).toBe(false);
  });
});

describe("V-BANK", () => {
  it("accepts 12–30 digits after removing blanks", () => {
    expect(validateBankAccount("6222 0212 3456 7890 128")).toEqual({ ok: true, value: "6222021234567890128" });
    expect(validateBankAccount("12345678901").ok).toBe(false);
    expect(validateBankAccount("1".repeat(31)).ok).toBe(false);
  });

  it("Luhn failure is only a warning", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(validateBankAccount("4111111111111112").ok).toBe(true);
    expect(bankAccountWarnings("4111111111111112")).toHaveLength(1);
    expect(bankAccountWarnings("4111 1111 1111 1111")).toEqual([]);
  });
});
