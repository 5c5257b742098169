import { describe, expect, it } from "vitest";
import { availableTransitions } from "@/lib/core/workflow-rules";
import { ServiceItemCreateInput, timeLimitProblem } from "@/lib/hall/catalogue/schemas";
import { serviceItemWorkflow } from "@/lib/hall/catalogue/workflow";
import { demoServiceItemInputs } from "@/prisma/seed/service-items";

const record = (status: "DRAFT" | "REVIEWED" | "PUBLISHED" | "RETIRED", authorIds: string[] = ["author"]) => ({
  id: "i1", status, orgPath: "/370200/", facts: { authorIds },
});
const actions = (role: "CLERK" | "REVIEWER" | "ADMIN", level: "CITY" | "DISTRICT", status: Parameters<typeof record>[0], userId = "u1") =>
  availableTransitions(serviceItemWorkflow, { userId, role, level }, record(status), []).map((t) => t.action);

describe("catalogue workflow table (§2.6)", () => {
  it("a city reviewer reviews drafts; the city admin returns, publishes and retires", () => {
    expect(actions("REVIEWER", "CITY", "DRAFT")).toEqual(["review"]);
    expect(actions("ADMIN", "CITY", "DRAFT")).toEqual([]);
    expect(actions("ADMIN", "CITY", "REVIEWED")).toEqual(["return", "publish"]);
    expect(actions("ADMIN", "CITY", "PUBLISHED")).toEqual(["retire"]);
    expect(actions("ADMIN", "CITY", "RETIRED")).toEqual([]);
  });

  it("nobody below the city and no clerk fires any step", () => {
    for (const s of ["DRAFT", "REVIEWED", "PUBLISHED"] as const) {
      expect(actions("REVIEWER", "DISTRICT", s)).toEqual([]);
      expect(actions("ADMIN", "DISTRICT", s)).toEqual([]);
      expect(actions("CLERK", "CITY", s)).toEqual([]);
    }
  });

  it("an author of the draft may not review it", () => {
    expect(actions("REVIEWER", "CITY", "DRAFT", "author")).toEqual([]);
  });
});

describe("catalogue rules", () => {
  it("the promised limit never exceeds the statutory one; 即办 is 0", () => {
    expect(timeLimitProblem({ promisedWorkingDays: 11, statutoryWorkingDays: 10 })).toBe("承诺时限不能超过法定时限（10个工作日）");
    expect(timeLimitProblem({ promisedWorkingDays: 10, statutoryWorkingDays: 10 })).toBeNull();
    expect(timeLimitProblem({ promisedWorkingDays: 30 })).toBeNull();
  });

  it("every demo item passes the form's own validation, and the demo covers the standard's modules", () => {
    const items = demoServiceItemInputs();
    expect(items.length).toBeGreaterThanOrEqual(20);
    for (const item of items) {
      const r = ServiceItemCreateInput.safeParse(item);
      expect(r.success ? [] : r.error.issues.map((i) => `${item.code} ${i.path.join(".")}: ${i.message}`)).toEqual([]);
    }
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.module))).toEqual(new Set(["IC", "RH", "EMP", "ENT", "EDU", "PC", "HA", "RP", "VOL", "ARC"]));
  });
});
