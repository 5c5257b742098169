import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, InvalidTransition } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { CheckMaterialsInput } from "../schemas";
import { assertHandler, assertVersion, loadCaseInScope } from "../load";
import { OPEN_CASE_STATUSES } from "../workflow";

/**
 * §7.8.1: the first handler (or the stand-in) checks every material of the item's list. Saving
 * the check also takes the case off the "supplement waiting" list (HALL-30): it has been looked at.
 */
export async function checkMaterials(scope: Scope, raw: CheckMaterialsInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(CheckMaterialsInput, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCaseInScope(scope, input.caseId, tx);
    assertVersion(c, input.version);
    if (!OPEN_CASE_STATUSES.includes(c.status)) throw new InvalidTransition("办件已办结，不能再核验材料");
    await assertHandler(tx, scope, c, now);
    const byId = new Map(c.materials.map((m) => [m.id, m]));
    const changes: Record<string, { from: string; to: string }> = {};
    for (const m of input.materials) {
      const before = byId.get(m.id);
      if (!before) throw new FieldError("materials", "材料清单已变化，请刷新后重试");
      if (m.state === "NA" && before.mandatory) throw new FieldError("materials", `“${before.name}”是必需材料，不能标为不适用`);
      await tx.caseMaterial.update({
        where: { id: m.id },
        data: {
          state: m.state, defect: m.state === "DEFECTIVE" ? m.defect : null, correction: m.state === "DEFECTIVE" ? m.correction : null,
          note: m.note ?? null, checkedAt: now, checkedById: scope.userId,
        },
      });
      if (before.state !== m.state) changes[before.name] = { from: before.state, to: m.state };
    }
    const { count } = await tx.serviceCase.updateMany({
      where: { id: c.id, version: c.version },
      data: { version: { increment: 1 }, updatedById: scope.userId, supplementAt: null },
    });
    if (count !== 1) throw new Conflict("该办件已被他人更新，请刷新后重试");
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "ServiceCase", entityId: c.id, personId: c.clientPersonId, orgPath: c.hallOrgPath,
      diff: { materials: changes },
    });
    return { version: c.version + 1 };
  });
}
