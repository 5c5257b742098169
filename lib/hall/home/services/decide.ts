import "server-only";
import { db } from "@/lib/core/db";
import { FieldError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { loadActiveStaff } from "@/lib/hall/appointments/staff";
import { ApproveHomeExceptionInput, DecideEligibilityInput, ScheduleHomeInput } from "../schemas";
import { assertHomeVersion, fireHome, loadHomeInScope } from "./load";

/** §7.3.2 b 服务窗口确认申请人符合办理条件: ELIGIBLE (a and b hold) or NOT_ELIGIBLE with the reason. */
export async function decideEligibility(scope: Scope, raw: DecideEligibilityInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(DecideEligibilityInput, raw);
  return db.$transaction(async (tx) => {
    const h = await loadHomeInScope(scope, input.id, tx);
    assertHomeVersion(h, input.version);
    if (input.decision === "NOT_ELIGIBLE") {
      return fireHome(tx, scope, h, "reject", { now, reason: input.reason, data: { eligibilityReason: input.reason } });
    }
    return fireHome(tx, scope, h, "confirmEligible", { now, data: { eligibilityReason: "已核实：需现场认证，且本人存在实际困难（§7.3.1 a、b）" } });
  });
}

/**
 * Errata B10 (Rec., beyond the standard): a reviewer — not the one who recorded the request
 * (ORG-30) — lets a client who meets b) but not a) be served at home. Counted in the report.
 */
export async function approveHomeException(scope: Scope, raw: ApproveHomeExceptionInput, now = new Date()) {
  assertCan(scope, "hall.review");
  const input = parseInput(ApproveHomeExceptionInput, raw);
  return db.$transaction(async (tx) => {
    const h = await loadHomeInScope(scope, input.id, tx);
    assertHomeVersion(h, input.version);
    return fireHome(tx, scope, h, "approveException", {
      now, reason: input.reason, data: { exceptionApprovedById: scope.userId, eligibilityReason: `例外批准：${input.reason}` },
    });
  });
}

/** §7.3.2 c: an agreed future time and place, and ≥1 active staff of the unit (2 recommended for integrity). */
export async function scheduleHome(scope: Scope, raw: ScheduleHomeInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(ScheduleHomeInput, raw);
  const agreedAt = new Date(`${input.agreedAt}:00+08:00`);
  if (Number.isNaN(agreedAt.getTime())) throw new FieldError("agreedAt", "请选择约定上门时间");
  if (agreedAt.getTime() <= now.getTime()) throw new FieldError("agreedAt", "约定上门时间应晚于当前时间");
  const h0 = await loadHomeInScope(scope, input.id);
  const staffIds = [...new Set(input.serviceStaffIds)];
  for (const id of staffIds) await loadActiveStaff(scope, id, h0.orgUnitId, "serviceStaffIds");
  const status = await db.$transaction(async (tx) => {
    const h = await loadHomeInScope(scope, input.id, tx);
    assertHomeVersion(h, input.version);
    return fireHome(tx, scope, h, "schedule", { now, data: { agreedAt, address: input.address, serviceStaffIds: staffIds } });
  });
  return { status, warning: staffIds.length === 1 ? "仅安排了1名上门服务人员，建议安排2名以便相互监督" : null };
}
