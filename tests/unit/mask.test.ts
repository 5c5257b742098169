import { describe, it, expect } from "vitest";
import { maskAddress, maskBank, maskIdNumber, maskMobile } from "@/lib/core/mask";

describe("X-10 masking", () => {
  it("masks ID numbers as first 6 + 8 stars + last 4", () => {
    expect(maskIdNumber("37020219800101123X")).toBe("370202********123X");
    expect(maskIdNumber("123")).toBe("***");
    expect(maskIdNumber(null)).toBe("");
  });

  it("masks mobiles as 138****5678", () => {
    expect(maskMobile("13812345678")).toBe("138****5678");
    expect(maskMobile("12345")).toBe("*****");
  });

  it("masks bank accounts to the last 4 digits", () => {
    expect(maskBank("6222 0212 3456 7890 1234")).toBe("**** **** 1234");
    expect(maskBank("123")).not.toContain("123");
  });

  it("keeps addresses up to the town level", () => {
    expect(maskAddress("山东省青岛市莱西市店埠镇东庄头村5号")).toBe("山东省青岛市莱西市店埠镇…");
    expect(maskAddress("青岛市市南区八大关街道香港西路8号")).toBe("青岛市市南区八大关街道…");
    expect(maskAddress("平度市大泽山乡")).toBe("平度市大泽山乡");
    expect(maskAddress("青岛市市南区香港中路10号")).toBe("青岛市市南区…");
    expect(maskAddress(undefined)).toBe("");
  });
});
