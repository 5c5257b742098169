import { describe, it, expect } from "vitest";
import { computeUsccCheckChar, usccSchema, validateUscc } from "@/lib/core/validators/uscc";

describe("V-USCC (GB 32100)", () => {
  it("accepts the test vector and normalises case and blanks", () => {
    expect(computeUsccCheckChar("91350100M000100Y4")).toBe("3");
    expect(validateUscc("91350100M000100Y43")).toEqual({ ok: true, value: "91350100M000100Y43" });
    expect(usccSchema.parse(" 91350100m000100y43 ")).toBe("91350100M000100Y43");
  });

  it("rejects a wrong check character", () => {
    expect(validateUscc("91350100M000100Y44")).toEqual({ ok: false, error: "统一社会信用代码校验位错误" });
  });

  it("rejects excluded letters, a non-numeric region code and wrong length", () => {
    expect(validateUscc("91350100M000100I43").ok).toBe(false);
    expect(validateUscc("9135A100M000100Y43").ok).toBe(false);
    expect(validateUscc("91350100M000100Y4").ok).toBe(false);
    expect(usccSchema.safeParse("").error?.issues[0]?.message).toBe("请输入统一社会信用代码");
  });
});
