import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { blindIndex, encryptField } from "@/lib/core/crypto";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { nextCounterValue } from "@/lib/core/doc-number";
import { FieldError } from "@/lib/core/errors";
import { maskIdNumber } from "@/lib/core/mask";
import { parseInput } from "@/lib/core/parse-input";
import { formatShanghaiDateTime } from "@/lib/core/pdf/time";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { loadPersonInScope } from "@/lib/persons/queries";
import { RegisterCaseInput } from "../schemas";
import { resolveResponsibility } from "../responsibility";
import { completeAppointmentByCase } from "@/lib/hall/appointments/services/complete-by-case";

/** §7.1.2 / HALL-13: received during the 12:00–13:30 lunch service. */
export function isLunchTime(at: Date): boolean {
  const hhmm = formatShanghaiDateTime(at).slice(11);
  return hhmm >= "12:00" && hhmm < "13:30";
}

/** `{unitCode}-{yyyyMMdd}-{seq4}` (SPEC §3.12.2), numbered per receiving hall and day. */
async function nextCaseNo(tx: Tx, unitCode: string, now: Date): Promise<string> {
  const day = todayInShanghai(now).replaceAll("-", "");
  const seq = await nextCounterValue(tx, `CASE:${unitCode}:${day}`);
  return `${unitCode}-${day}-${String(seq).padStart(4, "0")}`;
}

/**
 * §3.0 Consultation: "answeredById becomes the first handler if a case follows" — when they are
 * window staff of this hall; otherwise the registering clerk is.
 */
async function consultationHandler(scope: Scope, consultationId: string, personId: string): Promise<string> {
  const c = await scopedDb(scope).consultation.findFirst({ where: { id: consultationId } });
  if (!c || c.caseId || (c.personId && c.personId !== personId)) throw new FieldError("consultationId", "咨询不存在、已发起办件或不是该服务对象的咨询");
  const answerer = await db.user.findFirst({
    where: { id: c.answeredById, orgUnitId: scope.orgUnitId, active: true, role: { in: ["CLERK", "REVIEWER"] } }, select: { id: true },
  });
  return answerer?.id ?? scope.userId;
}

/** The PUBLISHED version of an item that may be received at the caller's level (§3.12.1 `levels`). */
async function publishedItemFor(scope: Scope, code: string) {
  const item = await db.serviceItem.findFirst({
    where: { code: code.trim().toUpperCase(), status: "PUBLISHED" },
    include: { materials: { orderBy: { sortOrder: "asc" } } },
  });
  if (!item) throw new FieldError("serviceItemCode", "该服务事项未公开或已停用，不能受理");
  if (!item.levels.includes(scope.level)) throw new FieldError("serviceItemCode", "该事项不在本级受理范围内，请引导至有权受理的层级");
  return item;
}

/**
 * domainRef {type, id} (§3.12.2): the module record a case carries (PensionApplication, …). Only a
 * module's own service passes it, after loading that record through its own scope — never a form.
 */
export type DomainRef = { type: string; id: string };

/**
 * §7.8 首办负责: the registering clerk becomes the first handler. The case is owned by the client's
 * unit and tagged with the receiving hall (ORG-22); its material list is the item's, to be checked.
 */
export async function registerCase(scope: Scope, raw: RegisterCaseInput, now = new Date(), opts: { domainRef?: DomainRef } = {}) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RegisterCaseInput, raw);
  const person = await loadPersonInScope(scope, input.clientPersonId);
  if (person.isDeceased) throw new FieldError("clientPersonId", "该服务对象已登记去世，请核实后由家属或代理人办理相关事项");
  const item = await publishedItemFor(scope, input.serviceItemCode);
  const sdb = scopedDb(scope);
  if (input.windowId) {
    const window = await sdb.serviceWindow.findFirst({ where: { id: input.windowId, orgUnitId: scope.orgUnitId } });
    if (!window || !window.active) throw new FieldError("windowId", "请选择本单位在用的窗口");
    if (!window.isIntegrated && !window.serviceItemCodes.includes(item.code)) {
      throw new FieldError("windowId", `该窗口不受理“${item.name}”，请选择受理该事项的窗口或综合窗口`);
    }
  }
  const firstHandlerId = input.consultationId ? await consultationHandler(scope, input.consultationId, person.id) : scope.userId;
  const hall = await db.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { code: true, path: true } });
  const agentId = input.hasAgent ? input.agentIdNumber : undefined;

  return db.$transaction(async (tx) => {
    const caseNo = await nextCaseNo(tx, hall.code, now);
    const responsibility = await resolveResponsibility(tx, { id: "", firstHandlerId, windowId: input.windowId ?? null }, now);
    const created = await tx.serviceCase.create({
      data: {
        caseNo, serviceItemId: item.id, itemCode: item.code, itemVersion: item.itemVersion, itemName: item.name,
        promisedWorkingDays: item.promisedWorkingDays, clientPersonId: person.id,
        ...(agentId
          ? {
              agentName: input.agentName, agentIdCipher: encryptField(agentId), agentIdHash: blindIndex(agentId), agentIdMasked: maskIdNumber(agentId),
              agentPhone: input.agentPhone ?? null, agentRelation: input.agentRelation ?? null, authorisationNote: input.authorisationNote ?? null,
            }
          : {}),
        channel: input.channel, windowId: input.windowId ?? null, appointmentId: input.appointmentId ?? null, receivedAt: now,
        domainType: opts.domainRef?.type ?? null, domainId: opts.domainRef?.id ?? null,
        firstHandlerId, primaryResponsibleId: responsibility.primaryResponsibleId,
        secondaryResponsibleId: responsibility.secondaryResponsibleId, lunchService: isLunchTime(now),
        hallOrgUnitId: scope.orgUnitId, hallOrgPath: hall.path, orgUnitId: person.orgUnitId, orgPath: person.orgPath,
        createdById: scope.userId, updatedById: scope.userId,
        materials: {
          create: item.materials.map((m, i) => ({
            materialDefId: m.id, name: m.name, originalOrCopy: m.originalOrCopy, count: m.count, mandatory: m.mandatory,
            howToObtain: m.howToObtain, sortOrder: i,
          })),
        },
      },
    });
    // §3.12.6: completing an appointment links it to the case it produced (through its machine).
    if (input.appointmentId) await completeAppointmentByCase(tx, scope, input.appointmentId, created.id, now);
    if (input.consultationId) {
      const { count } = await tx.consultation.updateMany({ where: { id: input.consultationId, caseId: null }, data: { caseId: created.id, version: { increment: 1 } } });
      if (count !== 1) throw new FieldError("consultationId", "该咨询刚刚已发起办件，请刷新后重试");
      await writeAudit(tx, actorOf(scope), {
        action: "UPDATE", entityType: "Consultation", entityId: input.consultationId, personId: person.id, orgPath: hall.path, diff: { caseId: created.id },
      });
    }
    await tx.statusHistory.create({
      data: {
        entityType: "ServiceCase", entityId: created.id, orgPath: hall.path, fromStatus: "", toStatus: "REGISTERED",
        action: "register", actorId: scope.userId, actorLevel: scope.level,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "ServiceCase", entityId: created.id, personId: person.id, orgPath: hall.path,
      diff: { caseNo, item: `${item.code} v${item.itemVersion}`, channel: input.channel, agent: agentId ? maskIdNumber(agentId) : null },
    });
    return created;
  });
}
