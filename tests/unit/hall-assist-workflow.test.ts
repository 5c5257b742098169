import { describe, expect, it } from "vitest";
import { findTransition } from "@/lib/core/workflow-rules";
import { RegisterAssistInput } from "@/lib/hall/assist/schemas";
import { assistWorkflow, type AssistFacts } from "@/lib/hall/assist/workflow";

type S = "REGISTERED" | "ACCOMPANIED" | "MATERIALS_RECEIVED" | "PROCESSING" | "RESULT_HANDED_OVER";
const facts = (over: Partial<AssistFacts> = {}): AssistFacts => ({
  kind: "PROXY", agentStaffId: "agent", caseLinked: false, caseFinal: false, handoverInSigned: false, handoverOutSigned: false, ...over,
});
const agent = { userId: "agent", role: "CLERK" as const, level: "DISTRICT" as const };
const other = { userId: "other", role: "CLERK" as const, level: "DISTRICT" as const };
const rec = (status: S, f: AssistFacts) => ({ id: "a", status, orgPath: "/1/", facts: f });

describe("assist/proxy machine (§7.5.3, HALL-71)", () => {
  it("a proxy completes only after the result was handed over with both signatures", () => {
    expect(() => findTransition(assistWorkflow, agent, rec("PROCESSING", facts({ caseLinked: true, caseFinal: true })), "complete", [])).toThrow("HALL-71");
    expect(() => findTransition(assistWorkflow, agent, rec("PROCESSING", facts({ caseLinked: true, caseFinal: false, handoverOutSigned: true })), "handOverResult", [])).toThrow("办件尚未办结");
    expect(findTransition(assistWorkflow, agent, rec("PROCESSING", facts({ caseLinked: true, caseFinal: true, handoverOutSigned: true })), "handOverResult", []).to).toBe("RESULT_HANDED_OVER");
    expect(findTransition(assistWorkflow, agent, rec("RESULT_HANDED_OVER", facts({ handoverOutSigned: true })), "complete", []).to).toBe("COMPLETED");
  });

  it("hand-over IN needs both signatures; only the agent (or a reviewer) acts; kinds keep to their own path", () => {
    expect(() => findTransition(assistWorkflow, agent, rec("REGISTERED", facts()), "receiveMaterials", [])).toThrow("双方签字");
    expect(() => findTransition(assistWorkflow, other, rec("REGISTERED", facts({ handoverInSigned: true })), "receiveMaterials", [])).toThrow("帮办代办员");
    expect(findTransition(assistWorkflow, { ...other, role: "REVIEWER" }, rec("REGISTERED", facts({ handoverInSigned: true })), "receiveMaterials", []).to).toBe("MATERIALS_RECEIVED");
    expect(() => findTransition(assistWorkflow, agent, rec("REGISTERED", facts({ caseLinked: true })), "accompany", [])).toThrow("仅适用于帮办");
    expect(findTransition(assistWorkflow, agent, rec("REGISTERED", facts({ kind: "ASSIST", caseLinked: true })), "accompany", []).to).toBe("ACCOMPANIED");
    expect(() => findTransition(assistWorkflow, agent, rec("MATERIALS_RECEIVED", facts({ handoverInSigned: true })), "cancel", [])).toThrow("退还委托人");
  });

  it("registration: PROXY needs a reason, its text for 其他特殊情况, and the entrustment; ASSIST does not", () => {
    const base = { clientPersonId: "p", agentStaffId: "a", serviceItemCode: "X", materials: [] };
    const paths = (v: object) => {
      const r = RegisterAssistInput.safeParse({ ...base, ...v });
      return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    };
    expect(paths({ kind: "ASSIST" })).toEqual([]);
    expect(paths({ kind: "PROXY" })).toEqual(["proxyReason", "entrustmentNote"]);
    expect(paths({ kind: "PROXY", proxyReason: "OTHER_SPECIAL", entrustmentNote: "委托书" })).toEqual(["proxyReasonText"]);
  });
});
