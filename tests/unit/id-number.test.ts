import { describe, it, expect } from "vitest";
import {
  computeIdCheckDigit,
  convert15To18,
  idNumberSchema,
  normalizeIdNumber,
  validateIdNumber,
  validateImportedIdNumber,
} from "@/lib/core/validators/id-number";

const VECTOR = "11010519491231002X"; // SPEC V-ID test vector
const TODAY = new Date("2025-06-15T04:00:00Z");

describe("V-ID citizen ID number", () => {
  it("accepts the GB 11643 test vector and derives gender and birth date", () => {
    expect(computeIdCheckDigit(VECTOR.slice(0, 17))).toBe("X");
    expect(validateIdNumber(VECTOR, { today: TODAY })).toEqual({
      ok: true,
      value: VECTOR,
      gender: "FEMALE",
      birthDate: "1949-12-31",
    });
  });

  it("derives MALE from an odd 17th digit", () => {
    const first17 = "37020219800101001";
    const result = validateIdNumber(first17 + computeIdCheckDigit(first17), { today: TODAY });
    expect(result).toMatchObject({ ok: true, gender: "MALE", birthDate: "1980-01-01" });
    expect(result.ok && result.regionWarning).toBeFalsy();
  });

  it("rejects a wrong check digit", () => {
    expect(validateIdNumber("110105194912310021", { today: TODAY })).toEqual({
      ok: false,
      error: "身份证号校验位错误",
    });
  });

  it("rejects impossible, pre-1900 and future birth dates", () => {
    const withCheck = (first17: string) => first17 + computeIdCheckDigit(first17);
    expect(validateIdNumber(withCheck("11010519490230002"), { today: TODAY })).toMatchObject({
      ok: false,
      error: "身份证号中的出生日期无效",
    });
    expect(validateIdNumber(withCheck("11010518991231002"), { today: TODAY }).ok).toBe(false);
    expect(validateIdNumber(withCheck("11010520250616002"), { today: TODAY })).toMatchObject({
      ok: false,
      error: "身份证号中的出生日期晚于今天",
    });
    expect(validateIdNumber(withCheck("11010520250615002"), { today: TODAY }).ok).toBe(true);
  });

  it("normalises full-width characters, blanks and lowercase x", () => {
    expect(normalizeIdNumber(" １１０１０５１９４９１２３１００２ｘ ")).toBe(VECTOR);
    expect(validateIdNumber("11010519491231002x", { today: TODAY })).toMatchObject({ ok: true, value: VECTOR });
  });

  it("rejects 15-digit and malformed input in forms", () => {
    expect(validateIdNumber("110105491231002")).toEqual({ ok: false, error: "请输入18位身份证号" });
    expect(validateIdNumber("1101051949123100X2").ok).toBe(false);
    expect(validateIdNumber("")).toEqual({ ok: false, error: "请输入身份证号" });
  });

  it("warns, but does not fail, on an unknown region code", () => {
    const unknownProvince = "99010519491231002";
    const r1 = validateIdNumber(unknownProvince + computeIdCheckDigit(unknownProvince), { today: TODAY });
    expect(r1.ok && r1.regionWarning).toContain("地区码");
    const unknownQingdao = "37029919800101001";
    const r2 = validateIdNumber(unknownQingdao + computeIdCheckDigit(unknownQingdao), { today: TODAY });
    expect(r2.ok && r2.regionWarning).toContain("370299");
  });

  it("converts 15-digit legacy IDs (X-24) with a round trip", () => {
    const id18 = convert15To18("110105491231002");
    expect(id18).toBe(VECTOR);
    expect(id18.slice(0, 6) + id18.slice(8, 17)).toBe("110105491231002");
    expect(validateImportedIdNumber("110105491231002", { today: TODAY })).toMatchObject({
      ok: true,
      value: VECTOR,
      idConverted: true,
    });
    expect(() => convert15To18("12345")).toThrow();
  });

  it("zod schema normalises and reports the Chinese message", () => {
    expect(idNumberSchema.parse(" 11010519491231002x")).toBe(VECTOR);
    const bad = idNumberSchema.safeParse("110105194912310021");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("身份证号校验位错误");
  });
});
