import { describe, it, expect } from "vitest";
import { nameSchema, nameWarnings, validateName } from "@/lib/core/validators/name";

describe("V-NAME", () => {
  it("accepts Han, minority names with · and Latin names", () => {
    expect(validateName(" 张三 ")).toEqual({ ok: true, value: "张三" });
    expect(validateName("买买提 • 艾力")).toEqual({ ok: true, value: "买买提·艾力" });
    expect(validateName("John  Smith")).toEqual({ ok: true, value: "John Smith" });
  });

  it("rejects empty, over-long, symbol and misplaced-dot names", () => {
    expect(validateName("").ok).toBe(false);
    expect(validateName("张".repeat(31)).ok).toBe(false);
    expect(validateName("张".repeat(30)).ok).toBe(true);
    expect(validateName("张三@").ok).toBe(false);
    expect(validateName("·艾力").ok).toBe(false);
    expect(nameSchema.safeParse("张三!").error?.issues[0]?.message).toContain("只能包含");
  });

  it("lets digits through with a warning", () => {
    expect(validateName("张三2").ok).toBe(true);
    expect(nameWarnings("张三2")).toEqual(["姓名中含有数字，请核对"]);
    expect(nameWarnings("张三")).toEqual([]);
  });
});
