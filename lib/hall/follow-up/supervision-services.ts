import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { inScope, type Scope } from "@/lib/core/scope";
import { fireTransition } from "@/lib/core/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeReminders } from "@/lib/reminders/notify";
import { SupervisionTransitionInput } from "./schemas";
import { supervisionWorkflow } from "./supervision-workflow";

/**
 * One step of a supervision task (§7.4.2 督导落实): the supervised unit starts and resolves it
 * (with what it did), a reviewer who did not resolve it verifies or sends it back. The engine
 * checks the step, the roles and ORG-30 four-eyes, and writes the history and the audit event.
 */
export async function transitionSupervisionTask(scope: Scope, raw: SupervisionTransitionInput, now = new Date()) {
  const input = parseInput(SupervisionTransitionInput, raw);
  assertCan(scope, input.action === "verify" || input.action === "reopen" ? "hall.review" : "hall.handle");
  return db.$transaction(async (tx) => {
    const task = await tx.supervisionTask.findFirst({ where: { id: input.id, ...inScope(scope) } });
    if (!task) throw new NotFound("督导任务不存在或不在您的管辖范围内");
    if (task.version !== input.version) throw new Conflict();
    const data: Prisma.SupervisionTaskUpdateManyMutationInput =
      input.action === "resolve" ? { actions: input.actions, resolvedAt: now }
        : input.action === "verify" ? { verifiedAt: now, verifiedById: scope.userId }
          : input.action === "reopen" ? { resolvedAt: null }
            : {};
    const status = await fireTransition(tx, supervisionWorkflow, scope, {
      record: { id: task.id, status: task.status, orgPath: task.orgPath, facts: { assigneeOrgUnitId: task.assigneeOrgUnitId } },
      action: input.action,
      reason: input.reason,
      commit: async (t, to) => (await t.supervisionTask.updateMany({
        where: { id: task.id, version: task.version, status: task.status },
        data: { ...data, status: to, version: { increment: 1 } },
      })).count,
    });
    if (input.action === "resolve") {
      await writeAudit(tx, actorOf(scope), {
        action: "UPDATE", entityType: "SupervisionTask", entityId: task.id, orgPath: task.orgPath,
        diff: { actions: { from: task.actions, to: input.actions } },
      });
    }
    if (status === "RESOLVED" && task.supervisorId && task.supervisorId !== scope.userId) {
      await writeReminders(tx, [{
        ruleId: "HALL-SUP", entityType: "SupervisionTask", entityId: task.id, assigneeUserId: task.supervisorId, level: "INFO",
        message: `督导任务已整改完成，请核验：${task.issue.slice(0, 60)}`, href: `/hall/follow-up/supervision/${task.id}`,
        fireKey: `HALL-SUP:${task.id}:RESOLVED:${task.version}:${task.supervisorId}`, orgPath: task.orgPath,
      }]);
    }
    return status;
  });
}
