import { describe, expect, it } from "vitest";
import { parseCategory } from "@/lib/ic/import/validate-row";
import { CATEGORY_LABELS } from "@/lib/ic/labels";
import type { SubjectCategory } from "@/lib/generated/prisma/enums";

describe("import category parsing", () => {
  it("accepts every label exactly as the template's dropdown writes it", () => {
    for (const [code, label] of Object.entries(CATEGORY_LABELS) as [SubjectCategory, string][]) {
      expect(parseCategory(label)).toBe(code);
    }
  });

  it("accepts hand-typed variants: short form, lost quotes, half-width brackets, the code", () => {
    expect(parseCategory("军转干部")).toBe("TRANSFERRED_OFFICER");
    expect(parseCategory("军转干部(军队转业干部)")).toBe("TRANSFERRED_OFFICER");
    expect(parseCategory("三红人员")).toBe("THREE_REDS");
    expect(parseCategory(" discharged_soldier ")).toBe("DISCHARGED_SOLDIER");
    expect(parseCategory("退伍老兵")).toBeUndefined();
  });
});
