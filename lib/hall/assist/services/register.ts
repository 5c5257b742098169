import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import type { AssistKind, MaterialDef, Prisma, ProxyReason } from "@/lib/generated/prisma/client";
import { loadReceivableItem } from "@/lib/hall/appointments/items";
import { loadActiveStaff } from "@/lib/hall/appointments/staff";
import { incompleteNoticeContent, requiredMaterialsOf, timeLimitText, type MaterialRow } from "@/lib/hall/cases/notice-content";
import { nextNoticeNo } from "@/lib/hall/cases/services/notices";
import { loadPersonInScope } from "@/lib/persons/queries";
import { RegisterAssistInput } from "../schemas";
import { assistWorkflow } from "../workflow";

type CheckInput = { materialDefId: string; state: "OK" | "MISSING" | "DEFECTIVE" | "NA"; defect?: string; correction?: string };

/**
 * §7.5.3.2 当场审查: every material of the item's list must have been looked at; the request is
 * complete when every mandatory one is there and in order.
 */
export function checkAgainstItem(defs: MaterialDef[], checks: CheckInput[]): { rows: MaterialRow[]; complete: boolean } {
  const byId = new Map(checks.map((c) => [c.materialDefId, c]));
  const rows = defs.map((d) => {
    const c = byId.get(d.id);
    if (!c) throw new FieldError("materials", `请核验“${d.name}”`);
    if (c.state === "NA" && d.mandatory) throw new FieldError("materials", `“${d.name}”是必需材料，不能标为不适用`);
    return {
      name: d.name, originalOrCopy: d.originalOrCopy, count: d.count, mandatory: d.mandatory, howToObtain: d.howToObtain, state: c.state,
      defect: c.state === "DEFECTIVE" ? (c.defect ?? null) : null, correction: c.state === "DEFECTIVE" ? (c.correction ?? null) : null,
    };
  });
  if (checks.some((c) => !defs.some((d) => d.id === c.materialDefId))) throw new FieldError("materials", "材料清单已变化，请刷新后重试");
  return { rows, complete: rows.every((r) => !r.mandatory || r.state === "OK" || r.state === "NA") };
}

export type NewAssist = {
  kind: AssistKind;
  clientPersonId: string;
  agentStaffId: string;
  item: { id: string; code: string; promisedWorkingDays: number; materials: MaterialDef[] };
  proxyReason: ProxyReason | null;
  proxyReasonText: string | null;
  entrustmentNote: string | null;
  checks: CheckInput[];
};

/**
 * Writes the request of the caller's hall in `tx`. Incomplete materials (§7.5.3.2 "一次性列出缺少的
 * 材料以及补齐材料的途径或方法") → a one-time notice listing every missing (d) and defective (e)
 * material with how to obtain it, and status PENDING_MATERIALS.
 */
export async function insertAssistRequest(tx: Tx, scope: Scope, n: NewAssist, now: Date) {
  const { rows, complete } = checkAgainstItem(n.item.materials, n.checks);
  const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { path: true, code: true } });
  const status = complete ? "REGISTERED" : "PENDING_MATERIALS";
  const a = await tx.assistRequest.create({
    data: {
      kind: n.kind, clientPersonId: n.clientPersonId, agentStaffId: n.agentStaffId, serviceItemId: n.item.id, itemCode: n.item.code,
      proxyReason: n.kind === "PROXY" ? n.proxyReason : null, proxyReasonText: n.kind === "PROXY" && n.proxyReason === "OTHER_SPECIAL" ? n.proxyReasonText : null,
      entrustmentNote: n.kind === "PROXY" ? n.entrustmentNote : null, materialsComplete: complete, registeredAt: now, status,
      orgUnitId: scope.orgUnitId, orgPath: unit.path, createdById: scope.userId, updatedById: scope.userId,
    },
  });
  let noticeNo: string | null = null;
  if (!complete) {
    const content = incompleteNoticeContent(rows, []);
    if (!content.ok) throw new FieldError("materials", content.message);
    const notice = await tx.oneTimeNotice.create({
      data: {
        noticeNo: await nextNoticeNo(tx, unit.code, now), assistRequestId: a.id, status: "ISSUED", inScope: true,
        requiredMaterials: requiredMaterialsOf(rows) as Prisma.InputJsonValue, timeLimit: timeLimitText(n.item.promisedWorkingDays),
        missingMaterials: content.missing as Prisma.InputJsonValue, defectiveMaterials: content.defective as Prisma.InputJsonValue,
        issuedById: scope.userId, issuedAt: now, orgPath: unit.path,
      },
    });
    noticeNo = notice.noticeNo;
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "OneTimeNotice", entityId: notice.id, personId: n.clientPersonId, orgPath: unit.path,
      diff: { noticeNo, assistRequestId: a.id, missing: content.missing.map((m) => m.name), defective: content.defective.map((m) => m.name) },
    });
  }
  await tx.statusHistory.create({
    data: { entityType: assistWorkflow.entityType, entityId: a.id, orgPath: unit.path, fromStatus: "", toStatus: status, action: "register", actorId: scope.userId, actorLevel: scope.level },
  });
  await writeAudit(tx, actorOf(scope), {
    action: "CREATE", entityType: "AssistRequest", entityId: a.id, personId: n.clientPersonId, orgPath: unit.path,
    diff: { kind: n.kind, item: n.item.code, agentStaffId: n.agentStaffId, materialsComplete: complete, noticeNo },
  });
  return { ...a, noticeNo };
}

/** Checks the agent (PROXY_AGENT of the unit, §7.5.2) and, for 代办, that the item may be done by proxy. */
export async function loadAgentAndItem(scope: Scope, kind: AssistKind, agentStaffId: string, itemCode: string, itemField = "serviceItemCode") {
  const item = await loadReceivableItem(scope, itemCode, itemField);
  if (kind === "PROXY" && !item.proxyEligible) throw new FieldError(itemField, "该事项不可代办（服务事项目录未标注“可代办”），可改为帮办");
  await loadActiveStaff(scope, agentStaffId, scope.orgUnitId, "agentStaffId", "PROXY_AGENT");
  return item;
}

/** §7.5.3.1 委托登记 at the hall. */
export async function registerAssist(scope: Scope, raw: RegisterAssistInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RegisterAssistInput, raw);
  const person = await loadPersonInScope(scope, input.clientPersonId).catch(() => {
    throw new FieldError("clientPersonId", "未找到该服务对象，请重新查询");
  });
  if (person.isDeceased) throw new FieldError("clientPersonId", "该人员已登记去世，请核实");
  const item = await loadAgentAndItem(scope, input.kind, input.agentStaffId, input.serviceItemCode);
  return db.$transaction((tx) =>
    insertAssistRequest(tx, scope, {
      kind: input.kind, clientPersonId: person.id, agentStaffId: input.agentStaffId, item,
      proxyReason: input.proxyReason ?? null, proxyReasonText: input.proxyReasonText ?? null, entrustmentNote: input.entrustmentNote ?? null,
      checks: input.materials,
    }, now),
  );
}
