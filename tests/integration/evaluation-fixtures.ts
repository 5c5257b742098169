// Shared fixtures of the evaluation tests (not a test file): a hall case taken to COMPLETED
// through the real case services, and its invitation token.
import { db } from "@/lib/core/db";
import type { Scope } from "@/lib/core/scope";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { completeCase, transitionCase } from "@/lib/hall/cases/services/transitions";
import { invitationToken } from "@/lib/evaluation/invitations";
import type { Hall } from "../support/hall-factories";

const fresh = (id: string) => db.serviceCase.findUniqueOrThrow({ where: { id }, include: { materials: { orderBy: { sortOrder: "asc" } } } });

/** Registers, checks (all OK), accepts, starts and completes a case at the hall's window. */
export async function completedCase(h: Hall, scope: Scope = h.clerkA.scope) {
  const c = await registerCase(scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
  const r = await fresh(c.id);
  await checkMaterials(scope, { caseId: c.id, version: r.version, materials: r.materials.map((m) => ({ id: m.id, state: "OK" as const })) });
  await transitionCase(scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" });
  await transitionCase(scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "start" });
  await completeCase(scope, { caseId: c.id, version: (await fresh(c.id)).version, outcome: "DONE" });
  const done = await fresh(c.id);
  const inv = await db.evaluationInvitation.findUniqueOrThrow({ where: { caseId: c.id } });
  return { caseId: c.id, caseNo: done.caseNo, token: invitationToken(inv), invitationId: inv.id };
}

export const GOOD = { overall: "SATISFIED" as const };
export const BAD_WITH_CONTACT = { overall: "DISSATISFIED" as const, comment: "窗口人员态度冷淡，解释不清", contactName: "李秀英", contactPhone: "13912345678" };
export const BAD_ANONYMOUS = { overall: "VERY_DISSATISFIED" as const, comment: "等了很久" };
