import { describe, expect, it } from "vitest";
import { availableTransitions, findTransition } from "@/lib/core/workflow-rules";
import { caseWorkflow, type CaseFacts } from "@/lib/hall/cases/workflow";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

const clerk = { userId: "a", role: "CLERK" as const, level: "DISTRICT" as const };
const other = { userId: "b", role: "CLERK" as const, level: "DISTRICT" as const };
const reviewer = { userId: "r", role: "REVIEWER" as const, level: "DISTRICT" as const };
const admin = { userId: "x", role: "ADMIN" as const, level: "DISTRICT" as const };
const facts = (f: Partial<CaseFacts> = {}): CaseFacts => ({ handlerIds: ["a"], materialsComplete: true, hasIncompleteNotice: false, hasRefusalNotice: false, ...f });
const rec = (status: CaseStatus, f?: Partial<CaseFacts>) => ({ id: "c", status, orgPath: "/1/", facts: facts(f) });
const actions = (actor: typeof clerk | typeof reviewer | typeof admin, status: CaseStatus, f?: Partial<CaseFacts>, history: { action: string; actorId: string }[] = []) =>
  availableTransitions(caseWorkflow, actor, rec(status, f), history).map((t) => t.action);

describe("service case machine (SPEC §3.12.2 with errata A5)", () => {
  it("only the handler acts; an admin never does (ORG-31)", () => {
    expect(actions(clerk, "REGISTERED")).toEqual(["accept"]);
    expect(actions(other, "REGISTERED")).toEqual([]);
    expect(actions(admin, "IN_PROGRESS", { handlerIds: ["x"] })).toEqual([]);
    expect(actions(other, "REGISTERED", { handlerIds: ["a", "b"] })).toEqual(["accept"]);
  });

  it("acceptance needs complete materials; 待补正 and 不予受理 need their notice", () => {
    expect(actions(clerk, "REGISTERED", { materialsComplete: false })).toEqual([]);
    expect(actions(clerk, "REGISTERED", { materialsComplete: false, hasIncompleteNotice: true })).toEqual(["markIncomplete"]);
    expect(actions(clerk, "REGISTERED", { hasRefusalNotice: true })).toContain("refuse");
    expect(() => findTransition(caseWorkflow, clerk, rec("REGISTERED", { materialsComplete: false }), "accept", [])).toThrow("必需材料尚未全部核验齐全");
  });

  it("a return for correction after acceptance needs a notice (A5) and leads back to 待补正", () => {
    expect(actions(clerk, "IN_PROGRESS")).toEqual(["forward", "complete"]);
    expect(actions(clerk, "IN_PROGRESS", { hasIncompleteNotice: true })).toEqual(["forward", "returnForCorrection", "complete"]);
    expect(findTransition(caseWorkflow, clerk, rec("AWAITING_APPROVAL", { hasIncompleteNotice: true }), "returnForCorrection", []).to).toBe("PENDING_MATERIALS");
  });

  it("a forwarded case is approved by a reviewer who did not forward it (ORG-30)", () => {
    expect(actions(reviewer, "AWAITING_APPROVAL")).toEqual(["approveComplete"]);
    const forwardedByReviewer = [{ action: "forward", actorId: "r" }];
    expect(actions(reviewer, "AWAITING_APPROVAL", {}, forwardedByReviewer)).toEqual([]);
  });

  it("withdrawal is a reviewer's, from 待补正 only, with a reason", () => {
    expect(actions(reviewer, "PENDING_MATERIALS", { handlerIds: [] })).toEqual(["withdraw"]);
    expect(caseWorkflow.transitions.find((t) => t.action === "withdraw")?.reasonRequired).toBe(true);
    expect(actions(reviewer, "IN_PROGRESS", { handlerIds: [] })).toEqual([]);
  });

  it("closed cases offer nothing", () => {
    for (const s of ["COMPLETED", "NOT_ACCEPTED", "WITHDRAWN"] as const) expect(actions(clerk, s)).toEqual([]);
  });
});
