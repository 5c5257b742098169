import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, InvalidTransition } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import type { AssistStatus } from "@/lib/generated/prisma/enums";
import { ConfirmHandoverInput, RecordHandoverInput } from "../schemas";
import { assertAssistVersion, assistFacts, fireAssist, loadAssistInScope, signed } from "./load";

// §7.5.3.2 / §7.5.3.3 交接手续. A hand-over is written first (what, from whom, to whom), printed as
// the 材料交接单, signed by both, and then confirmed; a signed hand-over is never changed.

/** IN: from the client to the agent before processing. OUT: back to the client (result, or the materials on cancellation). */
const OPEN_FOR: Record<"IN" | "OUT", readonly AssistStatus[]> = { IN: ["REGISTERED"], OUT: ["MATERIALS_RECEIVED", "PROCESSING"] };

export async function recordHandover(scope: Scope, raw: RecordHandoverInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RecordHandoverInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAssistInScope(scope, input.id, tx);
    assertAssistVersion(a, input.version);
    if (a.kind !== "PROXY") throw new InvalidTransition("帮办由服务对象本人到窗口办理，无需材料交接");
    if (!OPEN_FOR[input.direction].includes(a.status)) throw new InvalidTransition(input.direction === "IN" ? "只能在委托登记后、代办前交接材料" : "只能在接收材料后移交材料或结果");
    if (a.agentStaffId !== scope.userId && scope.role !== "REVIEWER") throw new InvalidTransition("由负责该委托的帮办代办员办理（审核人员可代为办理）");
    const existing = a.handovers.find((h) => h.direction === input.direction);
    if (signed(existing)) throw new InvalidTransition("该交接已经双方签字，不能修改");
    const data = { items: input.items, fromName: input.fromName, toName: input.toName, at: now, fromSignedAt: null, toSignedAt: null };
    const h = existing
      ? await tx.materialHandover.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.materialHandover.create({ data: { ...data, assistRequestId: a.id, direction: input.direction, orgPath: a.orgPath } });
    const { count } = await tx.assistRequest.updateMany({ where: { id: a.id, version: a.version }, data: { version: { increment: 1 }, updatedById: scope.userId } });
    if (count !== 1) throw new Conflict("该委托已被他人更新，请刷新后重试");
    await writeAudit(tx, actorOf(scope), {
      action: existing ? "UPDATE" : "CREATE", entityType: "MaterialHandover", entityId: h.id, personId: a.clientPersonId, orgPath: a.orgPath,
      diff: { direction: input.direction, items: input.items, fromName: input.fromName, toName: input.toName },
    });
    return { handoverId: h.id, version: a.version + 1 };
  });
}

/**
 * Both parties signed the printed receipt. IN moves the request to 材料已交接; OUT once the case
 * has ended moves it to 已移交结果 (HALL-71). An OUT before any case was registered returns the
 * materials, after which the request may be called off (§7.5.3.3).
 */
export async function confirmHandoverSignatures(scope: Scope, raw: ConfirmHandoverInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(ConfirmHandoverInput, raw);
  return db.$transaction(async (tx) => {
    const a = await loadAssistInScope(scope, input.id, tx);
    assertAssistVersion(a, input.version);
    const h = a.handovers.find((x) => x.direction === input.direction);
    if (!h) throw new InvalidTransition("请先登记交接材料并打印交接单");
    if (signed(h)) throw new InvalidTransition("该交接已确认双方签字");
    if (!OPEN_FOR[input.direction].includes(a.status)) throw new InvalidTransition("当前状态不允许此操作");
    if (a.agentStaffId !== scope.userId && scope.role !== "REVIEWER") throw new InvalidTransition("由负责该委托的帮办代办员办理（审核人员可代为办理）");
    const caseFinal = (await assistFacts(tx, scope, a)).caseFinal;
    if (input.direction === "OUT" && a.status === "PROCESSING" && !caseFinal) throw new InvalidTransition("办件尚未办结，不能移交结果");
    // A case already registered for the client (a "代为登记办件" that stopped half-way) goes on
    // through 代办中 to the result hand-over; returning the materials now would strand it (HALL-71).
    if (input.direction === "OUT" && a.status === "MATERIALS_RECEIVED" && a.caseId) throw new InvalidTransition("已为委托人登记办件，请先完成“代为登记办件”，办结后再移交结果");
    await tx.materialHandover.update({ where: { id: h.id }, data: { fromSignedAt: now, toSignedAt: now, version: { increment: 1 } } });
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "MaterialHandover", entityId: h.id, personId: a.clientPersonId, orgPath: a.orgPath,
      diff: { direction: input.direction, signedBy: [h.fromName, h.toName], receiptNo: h.receiptNo },
    });
    const fresh = { ...a, handovers: a.handovers.map((x) => (x.id === h.id ? { ...x, fromSignedAt: now, toSignedAt: now } : x)) };
    if (input.direction === "IN") return fireAssist(tx, scope, fresh, "receiveMaterials");
    if (a.status === "PROCESSING") return fireAssist(tx, scope, fresh, "handOverResult");
    // Materials went back before any case: cancellation is now open; the version moves for the page.
    const { count } = await tx.assistRequest.updateMany({ where: { id: a.id, version: a.version }, data: { version: { increment: 1 }, updatedById: scope.userId } });
    if (count !== 1) throw new Conflict("该委托已被他人更新，请刷新后重试");
    return a.status;
  });
}
