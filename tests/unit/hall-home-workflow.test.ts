import { describe, expect, it } from "vitest";
import { availableTransitions, findTransition } from "@/lib/core/workflow-rules";
import { RecordVisitInput } from "@/lib/hall/home/schemas";
import { homeWorkflow, type HomeFacts } from "@/lib/hall/home/workflow";

const facts = (over: Partial<HomeFacts> = {}): HomeFacts => ({
  needsOnSiteAuthentication: true, serviceStaffIds: ["a"], visitDayReached: true, result: null, caseFinal: false, assistCreated: false, ...over,
});
const clerk = { userId: "a", role: "CLERK" as const, level: "DISTRICT" as const };
const reviewer = { userId: "r", role: "REVIEWER" as const, level: "DISTRICT" as const };
const rec = (status: "REQUESTED" | "SCHEDULED" | "VISITED", f: HomeFacts) => ({ id: "h", status, orgPath: "/1/", facts: f });

describe("home-service machine (§7.3, AMB-10 / errata B10)", () => {
  it("a clerk confirms only when a) holds; without a) the reviewer's exception is the way", () => {
    expect(findTransition(homeWorkflow, clerk, rec("REQUESTED", facts()), "confirmEligible", []).to).toBe("ELIGIBLE");
    expect(() => findTransition(homeWorkflow, clerk, rec("REQUESTED", facts({ needsOnSiteAuthentication: false })), "confirmEligible", [])).toThrow("例外");
    const steps = availableTransitions(homeWorkflow, reviewer, rec("REQUESTED", facts({ needsOnSiteAuthentication: false })), [{ action: "request", actorId: "a" }]).map((t) => t.action);
    expect(steps).toEqual(expect.arrayContaining(["approveException", "reject"]));
    expect(steps).not.toContain("confirmEligible");
    expect(() => findTransition(homeWorkflow, reviewer, rec("REQUESTED", facts()), "approveException", [])).toThrow("无需例外批准");
  });

  it("only the visiting staff records the visit, from its day; closing needs the case ended or the proxy created", () => {
    expect(() => findTransition(homeWorkflow, reviewer, rec("SCHEDULED", facts()), "visit", [])).toThrow("上门服务人员");
    expect(() => findTransition(homeWorkflow, clerk, rec("SCHEDULED", facts({ visitDayReached: false })), "visit", [])).toThrow("日期未到");
    expect(() => findTransition(homeWorkflow, clerk, rec("VISITED", facts({ result: "ACCEPTED_WITH_DEADLINE" })), "close", [])).toThrow("办件尚未办结");
    expect(findTransition(homeWorkflow, clerk, rec("VISITED", facts({ result: "ACCEPTED_WITH_DEADLINE", caseFinal: true })), "close", []).to).toBe("CLOSED");
    expect(findTransition(homeWorkflow, clerk, rec("VISITED", facts({ result: "PROXY", assistCreated: true })), "close", []).to).toBe("CLOSED");
  });

  it("a processing result needs 业务办理 and the materials checked; a proxy result needs its reason and entrustment", () => {
    const paths = (v: object) => {
      const r = RecordVisitInput.safeParse({ id: "h", version: 0, ...v });
      return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    };
    expect(paths({ servicesProvided: ["CONSULTATION"], result: "COMPLETED_ON_SITE" })).toEqual(["servicesProvided", "materialsChecked"]);
    expect(paths({ servicesProvided: ["PROCESSING"], result: "ACCEPTED_WITH_DEADLINE", materialsChecked: true })).toEqual([]);
    expect(paths({ servicesProvided: ["CONSULTATION"], result: "PROXY", proxy: { agentStaffId: "x", materials: [] } })).toEqual(["proxy.proxyReason", "proxy.entrustmentNote"]);
  });
});
