import type { AuditActor } from "./audit";
import type { Scope } from "./scope";

/** The audit-log view of the signed-in user. */
export function actorOf(scope: Scope): AuditActor {
  return { userId: scope.userId, username: scope.username, orgUnitId: scope.orgUnitId, role: scope.role };
}
