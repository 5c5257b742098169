import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { Forbidden } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { STAFF_SESSION_REFUSED, submitPublicEvaluation, unsafeGetInvitationView } from "@/lib/evaluation/public-evaluation";
import { submitPublicEvaluationAction } from "@/lib/evaluation/public-actions";
import { makeHall } from "../support/hall-factories";
import { GOOD, completedCase } from "./evaluation-fixtures";

// E1: the QR token is the client's. A browser signed in as staff (the clerk clicking the case
// page's link) is refused and spends nothing; the same token still works on the client's phone.
// The session a request carries is what getOptionalScope() returns; this file sets it per call.
const session = vi.hoisted(() => ({ current: null as Scope | null }));
vi.mock("@/lib/core/scope", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/core/scope")>()),
  getOptionalScope: async () => session.current,
}));

const invitationOf = (id: string) => db.evaluationInvitation.findUniqueOrThrow({ where: { id } });

describe("public evaluation refuses a staff session (E1)", () => {
  it("the service refuses a staff scope before touching the token", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    await expect(submitPublicEvaluation(h.clerkA.scope, { token: c.token, ...GOOD })).rejects.toBeInstanceOf(Forbidden);
    await expect(submitPublicEvaluation(h.reviewer.scope, { token: c.token, ...GOOD })).rejects.toThrow(STAFF_SESSION_REFUSED);
    expect((await invitationOf(c.invitationId)).usedAt).toBeNull();
    expect(await db.evaluation.count({ where: { caseId: c.caseId } })).toBe(0);
    expect((await unsafeGetInvitationView(c.token)).state).toBe("OPEN");
    await submitPublicEvaluation(null, { token: c.token, ...GOOD });
    expect(await db.evaluation.count({ where: { caseId: c.caseId } })).toBe(1);
  });

  it("the public action reads the request's session: signed in as staff it is refused, signed out it submits", async () => {
    const h = await makeHall();
    const c = await completedCase(h);
    session.current = h.clerkA.scope;
    const refused = await submitPublicEvaluationAction({ token: c.token, overall: "VERY_DISSATISFIED" });
    expect(refused?.serverError).toMatchObject({ message: STAFF_SESSION_REFUSED, code: "FORBIDDEN" });
    expect((await invitationOf(c.invitationId)).usedAt).toBeNull();
    expect(await db.badReviewCase.count({ where: { caseId: c.caseId } })).toBe(0);
    session.current = null;
    const ok = await submitPublicEvaluationAction({ token: c.token, overall: "BASIC" });
    expect(ok?.data).toEqual({ submitted: true });
    expect(await db.evaluation.findMany({ where: { caseId: c.caseId }, select: { overall: true, channel: true } })).toEqual([{ overall: "BASIC", channel: "QR_CODE" }]);
  });
});
