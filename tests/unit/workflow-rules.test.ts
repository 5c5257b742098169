import { describe, expect, it } from "vitest";
import { availableTransitions, defineWorkflow, findTransition, fourEyesRefusal } from "@/lib/core/workflow-rules";
import { Forbidden, InvalidTransition } from "@/lib/core/errors";

type S = "DRAFT" | "PENDING_TOWN" | "PENDING_DISTRICT" | "APPROVED" | "RETURNED";
type A = "submit" | "approveTown" | "approveDistrict" | "return";

const wf = defineWorkflow<S, A>({
  entityType: "Demo",
  transitions: [
    { from: ["DRAFT", "RETURNED"], action: "submit", to: "PENDING_TOWN", label: "提交", roles: ["CLERK", "REVIEWER"], kind: "submit" },
    { from: ["PENDING_TOWN"], action: "approveTown", to: "PENDING_DISTRICT", label: "初审通过", roles: ["REVIEWER"], levels: ["TOWN"], kind: "approve" },
    { from: ["PENDING_DISTRICT"], action: "approveDistrict", to: "APPROVED", label: "区级通过", roles: ["REVIEWER"], levels: ["DISTRICT"], kind: "approve",
      guard: ({ record }) => (record.facts?.complete === false ? "资料不完整" : null) },
    { from: ["PENDING_TOWN", "PENDING_DISTRICT"], action: "return", to: "RETURNED", label: "退回", roles: ["REVIEWER"], kind: "return", reasonRequired: true },
  ],
});

const clerk = { userId: "c1", role: "CLERK" as const, level: "VILLAGE" as const };
const townReviewer = { userId: "r1", role: "REVIEWER" as const, level: "TOWN" as const };
const districtReviewer = { userId: "r2", role: "REVIEWER" as const, level: "DISTRICT" as const };
const rec = (status: S, facts?: Record<string, unknown>) => ({ id: "x", status, orgPath: "/1/", facts });

describe("workflow rules (pure)", () => {
  it("offers only the transitions the actor may fire in this state", () => {
    expect(availableTransitions(wf, clerk, rec("DRAFT"), []).map((t) => t.action)).toEqual(["submit"]);
    expect(availableTransitions(wf, townReviewer, rec("PENDING_TOWN"), [{ action: "submit", actorId: "c1" }]).map((t) => t.action)).toEqual(["approveTown", "return"]);
    expect(availableTransitions(wf, districtReviewer, rec("PENDING_TOWN"), []).map((t) => t.action)).toEqual(["return"]);
  });

  it("refuses a wrong role as Forbidden, a wrong state or level-free rule as InvalidTransition", () => {
    expect(() => findTransition(wf, clerk, rec("PENDING_TOWN"), "approveTown", [])).toThrow(Forbidden);
    expect(() => findTransition(wf, townReviewer, rec("DRAFT"), "approveTown", [])).toThrow(InvalidTransition);
    expect(() => findTransition(wf, districtReviewer, rec("PENDING_TOWN"), "approveTown", [])).toThrow(/层级/);
    expect(() => findTransition(wf, clerk, rec("DRAFT"), "nonsense" as A, [])).toThrow(InvalidTransition);
  });

  it("four-eyes: the submitter never approves, nor one person two consecutive steps (ORG-30)", () => {
    const submittedByReviewer = [{ action: "submit", actorId: "r1" }];
    expect(fourEyesRefusal(wf, townReviewer, submittedByReviewer)).toMatch(/本人提交/);
    expect(() => findTransition(wf, townReviewer, rec("PENDING_TOWN"), "approveTown", submittedByReviewer)).toThrow(/本人提交/);
    const approvedByR2 = [{ action: "approveTown", actorId: "r2" }, { action: "submit", actorId: "c1" }];
    expect(fourEyesRefusal(wf, districtReviewer, approvedByR2)).toMatch(/连续/);
    expect(fourEyesRefusal(wf, districtReviewer, [{ action: "approveTown", actorId: "r1" }, { action: "submit", actorId: "c1" }])).toBeNull();
  });

  it("runs guards with the record's facts", () => {
    const history = [{ action: "approveTown", actorId: "r1" }, { action: "submit", actorId: "c1" }];
    expect(() => findTransition(wf, districtReviewer, rec("PENDING_DISTRICT", { complete: false }), "approveDistrict", history)).toThrow("资料不完整");
    expect(findTransition(wf, districtReviewer, rec("PENDING_DISTRICT", { complete: true }), "approveDistrict", history).to).toBe("APPROVED");
  });
});
