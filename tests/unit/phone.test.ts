import { describe, it, expect } from "vitest";
import {
  mobileSchema,
  optionalPhoneSchema,
  phoneSchema,
  telSchema,
  validateMobile,
  validatePhone,
  validateTel,
} from "@/lib/core/validators/phone";

describe("V-MOB", () => {
  it("accepts mobiles after stripping spaces, hyphens and +86", () => {
    expect(validateMobile("138 0013 8000")).toEqual({ ok: true, value: "13800138000" });
    expect(validateMobile("+86 138-0013-8000")).toEqual({ ok: true, value: "13800138000" });
    expect(validateMobile("８６１３８００１３８０００")).toEqual({ ok: true, value: "13800138000" });
  });

  it("rejects wrong prefixes and lengths", () => {
    expect(validateMobile("12800138000").ok).toBe(false);
    expect(validateMobile("1380013800").ok).toBe(false);
    expect(mobileSchema.safeParse("abc").success).toBe(false);
  });
});

describe("V-TEL", () => {
  it("normalises a bare local number to the Qingdao area code", () => {
    expect(validateTel("88886666")).toEqual({ ok: true, value: "0532-88886666" });
    expect(validateTel("8888666")).toEqual({ ok: true, value: "0532-8888666" });
  });

  it("accepts area code forms and extensions", () => {
    expect(validateTel("010-12345678")).toEqual({ ok: true, value: "010-12345678" });
    expect(validateTel("(0532) 8888 6666")).toEqual({ ok: true, value: "0532-88886666" });
    expect(validateTel("0532-88886666-123")).toEqual({ ok: true, value: "0532-88886666-123" });
  });

  it("rejects numbers without a hyphenated area code or of wrong length", () => {
    expect(validateTel("053288886666").ok).toBe(false);
    expect(validateTel("0532-123456").ok).toBe(false);
    expect(telSchema.safeParse("12345").success).toBe(false);
  });
});

describe("V-PHONE", () => {
  it("takes a mobile or a landline", () => {
    expect(validatePhone("13800138000")).toEqual({ ok: true, value: "13800138000" });
    expect(validatePhone("88886666")).toEqual({ ok: true, value: "0532-88886666" });
    expect(phoneSchema.parse("0532-88886666")).toBe("0532-88886666");
  });

  it("reports one Chinese message for neither", () => {
    const r = phoneSchema.safeParse("12345");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("联系电话格式错误");
  });

  it("optional variant maps blanks to undefined but still validates values", () => {
    expect(optionalPhoneSchema.parse("")).toBeUndefined();
    expect(optionalPhoneSchema.parse("  ")).toBeUndefined();
    expect(optionalPhoneSchema.parse(undefined)).toBeUndefined();
    expect(optionalPhoneSchema.parse("13800138000")).toBe("13800138000");
    expect(optionalPhoneSchema.safeParse("123").success).toBe(false);
  });
});

describe("optional phone fields in forms", () => {
  it("treat blank as not given and report a bad value in Chinese", async () => {
    const { optionalMobileSchema } = await import("@/lib/core/validators/phone");
    expect(optionalMobileSchema.parse("")).toBeUndefined();
    expect(optionalMobileSchema.parse("  ")).toBeUndefined();
    expect(optionalMobileSchema.parse(undefined)).toBeUndefined();
    expect(optionalMobileSchema.parse("139 1234 5678")).toBe("13912345678");
    const bad = optionalMobileSchema.safeParse("12345");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/^手机号码格式错误/);
  });
});
