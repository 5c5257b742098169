// SPEC §3.12.9 / DB3702 §7.5.3: the assisted/proxy service machine as data. lib/core/workflow.ts
// enforces it and writes history + audit; screens ask availableTransitions().
//
// 帮办 ASSIST: REGISTERED → ACCOMPANIED (led to the window, case registered there) → COMPLETED.
// 代办 PROXY:  REGISTERED → MATERIALS_RECEIVED (hand-over IN signed) → PROCESSING (the agent
//              registered the case) → RESULT_HANDED_OVER (hand-over OUT signed) → COMPLETED.
// Both: → PENDING_MATERIALS (one-time notice, §7.5.3.2) and → CANCELLED.
import type { AssistKind, AssistStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type GuardContext } from "@/lib/core/workflow-rules";

export type AssistAction =
  | "register" | "supplement" | "accompany" | "receiveMaterials" | "startProcessing" | "handOverResult" | "complete" | "cancel";

export type AssistFacts = {
  kind: AssistKind;
  agentStaffId: string;
  /** A case is linked (ASSIST: found at the target window; PROXY: registered by the agent). */
  caseLinked: boolean;
  /** The linked case has come to an end (completed, not accepted or withdrawn). */
  caseFinal: boolean;
  handoverInSigned: boolean;
  handoverOutSigned: boolean;
};

const HANDLERS = ["CLERK", "REVIEWER"] as const;
const f = (ctx: GuardContext<AssistStatus>) => (ctx.record.facts ?? {}) as AssistFacts;

/** §7.5.2: the agent carries the request; a reviewer of the unit may stand in. */
function agentRefusal(ctx: GuardContext<AssistStatus>): string | null {
  return f(ctx).agentStaffId === ctx.actor.userId || ctx.actor.role === "REVIEWER" ? null : "由负责该委托的帮办代办员办理（审核人员可代为办理）";
}

const kindRefusal = (kind: AssistKind) => (ctx: GuardContext<AssistStatus>) =>
  agentRefusal(ctx) ?? (f(ctx).kind === kind ? null : kind === "ASSIST" ? "此操作仅适用于帮办" : "此操作仅适用于代办");

const all = (...gs: ((ctx: GuardContext<AssistStatus>) => string | null)[]) => (ctx: GuardContext<AssistStatus>) => {
  for (const g of gs) {
    const r = g(ctx);
    if (r) return r;
  }
  return null;
};

/** HALL-71 (§7.5.3.3): a proxy completes only after the result went back to the client, both signing. */
function completeRefusal(ctx: GuardContext<AssistStatus>): string | null {
  const x = f(ctx);
  const s = ctx.record.status;
  if (x.kind === "ASSIST") return s === "ACCOMPANIED" ? null : "帮办须先带领服务对象到窗口办理";
  if (s !== "RESULT_HANDED_OVER" || !x.handoverOutSigned) return "代办结果须移交委托人并经双方在材料交接单上签字后方可办结（HALL-71）";
  return null;
}

/**
 * HALL-71 (§7.5.3.3): once the materials went back to the client, signed for by both, the proxy can
 * only be called off — a case started now could never reach the result hand-over (the OUT hand-over
 * is signed once) nor be cancelled (a request being processed ends through its case).
 */
function startRefusal(ctx: GuardContext<AssistStatus>): string | null {
  return f(ctx).handoverOutSigned ? "材料已退还委托人并经双方签字，不能再代为登记办件；如仍需代办，请取消本委托后重新登记（§7.5.3.3）" : null;
}

/** Materials taken from the client go back to them, signed for, before a proxy is called off. */
function cancelRefusal(ctx: GuardContext<AssistStatus>): string | null {
  const x = f(ctx);
  if (x.handoverInSigned && !x.handoverOutSigned) return "已接收委托人的材料：取消前须将材料退还委托人并办理交接签字（§7.5.3.3）";
  return null;
}

export const assistWorkflow = defineWorkflow<AssistStatus, AssistAction>({
  entityType: "AssistRequest",
  transitions: [
    // Written by the registration service itself (from nowhere).
    { from: [], action: "register", to: "REGISTERED", label: "委托登记", kind: "submit", roles: HANDLERS },
    { from: ["PENDING_MATERIALS"], action: "supplement", to: "REGISTERED", label: "材料已补齐", kind: "other", roles: HANDLERS, guard: agentRefusal },
    // §7.5.3.2 "帮办人员带领办理人去相关窗口办理".
    {
      from: ["REGISTERED"], action: "accompany", to: "ACCOMPANIED", label: "已带领至窗口办理", kind: "other", roles: HANDLERS,
      guard: all(kindRefusal("ASSIST"), (ctx) => (f(ctx).caseLinked ? null : "请先由目标窗口为服务对象登记办件，再确认带领办理")),
    },
    // §7.5.3.2 "申请人与代办人员完成材料交接手续".
    {
      from: ["REGISTERED"], action: "receiveMaterials", to: "MATERIALS_RECEIVED", label: "材料交接（申请人→代办员）", kind: "other", roles: HANDLERS,
      guard: all(kindRefusal("PROXY"), (ctx) => (f(ctx).handoverInSigned ? null : "材料交接须经申请人和代办员双方签字")),
    },
    {
      from: ["MATERIALS_RECEIVED"], action: "startProcessing", to: "PROCESSING", label: "代为登记办件", kind: "other", roles: HANDLERS,
      guard: all(kindRefusal("PROXY"), startRefusal, (ctx) => (f(ctx).caseLinked ? null : "请先为委托人登记办件")),
    },
    // §7.5.3.3 "及时与委托人移交相关材料，办理交接手续".
    {
      from: ["PROCESSING"], action: "handOverResult", to: "RESULT_HANDED_OVER", label: "移交结果（代办员→委托人）", kind: "other", roles: HANDLERS,
      guard: all(
        kindRefusal("PROXY"),
        (ctx) => (f(ctx).caseFinal ? null : "办件尚未办结，不能移交结果"),
        (ctx) => (f(ctx).handoverOutSigned ? null : "结果移交须经代办员和委托人双方签字（HALL-71）"),
      ),
    },
    {
      from: ["ACCOMPANIED", "PROCESSING", "RESULT_HANDED_OVER"], action: "complete", to: "COMPLETED", label: "办结", kind: "other", roles: HANDLERS,
      guard: all(agentRefusal, completeRefusal),
    },
    {
      // A proxy being processed ends through its case (whatever the outcome) and the result hand-over.
      from: ["REGISTERED", "PENDING_MATERIALS", "ACCOMPANIED", "MATERIALS_RECEIVED"], action: "cancel", to: "CANCELLED", label: "取消委托",
      kind: "other", roles: HANDLERS, reasonRequired: true, guard: all(agentRefusal, cancelRefusal),
    },
  ],
});

export const OPEN_ASSIST_STATUSES: readonly AssistStatus[] = ["REGISTERED", "PENDING_MATERIALS", "ACCOMPANIED", "MATERIALS_RECEIVED", "PROCESSING", "RESULT_HANDED_OVER"];
