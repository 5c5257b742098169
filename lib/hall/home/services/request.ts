import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { loadReceivableItem } from "@/lib/hall/appointments/items";
import { loadPersonInScope } from "@/lib/persons/queries";
import { RequestHomeServiceInput } from "../schemas";
import { homeWorkflow } from "../workflow";

/** §7.3.2 a 申请预约上门服务, recorded at the window for an item the catalogue marks 可上门办理. */
export async function requestHomeService(scope: Scope, raw: RequestHomeServiceInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RequestHomeServiceInput, raw);
  const person = await loadPersonInScope(scope, input.applicantPersonId).catch(() => {
    throw new FieldError("applicantPersonId", "未找到该申请人，请重新查询");
  });
  if (person.isDeceased) throw new FieldError("applicantPersonId", "该人员已登记去世，请核实");
  const item = await loadReceivableItem(scope, input.serviceItemCode, "serviceItemCode");
  if (!item.homeServiceEligible) throw new FieldError("serviceItemCode", "该事项不可上门办理（服务事项目录未标注“可上门办理”），可考虑代办服务");
  // §7.3.1 a) is a property of the item, read from the catalogue, not the clerk's say: a request
  // claiming on-site authentication for an item that needs none would skip the reviewer's exception
  // (AMB-10, errata B10). The recorded answer therefore always equals the catalogue's.
  if (input.needsOnSiteAuthentication !== item.requiresOnSiteAuthentication) {
    throw new FieldError("needsOnSiteAuthentication", item.requiresOnSiteAuthentication
      ? "服务事项目录标注该事项需要现场认证，请选择“需要”"
      : "服务事项目录未标注该事项需要现场认证，请选择“不需要”；确需上门服务的，由审核人员批准例外");
  }
  return db.$transaction(async (tx) => {
    const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { path: true } });
    const h = await tx.homeServiceRequest.create({
      data: {
        applicantPersonId: person.id, agentName: input.agentName ?? null, serviceItemId: item.id, itemCode: item.code,
        needsOnSiteAuthentication: input.needsOnSiteAuthentication, hardship: input.hardship, hardshipNote: input.hardshipNote,
        orgUnitId: scope.orgUnitId, orgPath: unit.path, createdById: scope.userId, updatedById: scope.userId, createdAt: now,
      },
    });
    await tx.statusHistory.create({
      data: { entityType: homeWorkflow.entityType, entityId: h.id, orgPath: unit.path, fromStatus: "", toStatus: "REQUESTED", action: "request", actorId: scope.userId, actorLevel: scope.level },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "HomeServiceRequest", entityId: h.id, personId: person.id, orgPath: unit.path,
      diff: { item: item.code, needsOnSiteAuthentication: input.needsOnSiteAuthentication, hardship: input.hardship },
    });
    return h;
  });
}
