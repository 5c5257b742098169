import { describe, it, expect } from "vitest";
import { checkPasswordPolicy, newPasswordSchema, newPasswordSchemaFor } from "@/lib/core/password-policy";

describe("X-31 password policy", () => {
  it("accepts a long password with 3 of 4 classes", () => {
    expect(checkPasswordPolicy("Qingdao2025x")).toEqual([]);
    expect(checkPasswordPolicy("qingdao-2025")).toEqual([]);
  });

  it("rejects short passwords", () => {
    expect(checkPasswordPolicy("Qd2025!x")).toContain("密码长度至少10位");
  });

  it("rejects passwords with fewer than 3 character classes", () => {
    expect(checkPasswordPolicy("qingdaoqingdao")).toEqual(["密码须包含大写字母、小写字母、数字、符号中的至少3类"]);
    expect(checkPasswordPolicy("qingdao2025")).toHaveLength(1);
  });

  it("rejects passwords containing the username, case-insensitively", () => {
    expect(checkPasswordPolicy("Zhangsan2025!", { username: "zhangsan" })).toEqual(["密码不能包含用户名"]);
    expect(checkPasswordPolicy("Lisi2025!abc", { username: "zhangsan" })).toEqual([]);
  });

  it("zod schemas report every problem", () => {
    expect(newPasswordSchema.safeParse("Qingdao2025x").success).toBe(true);
    const r = newPasswordSchema.safeParse("abc");
    expect(r.error?.issues.map((i) => i.message)).toHaveLength(2);
    expect(newPasswordSchemaFor("admin01").safeParse("Admin01-secure").success).toBe(false);
  });
});
