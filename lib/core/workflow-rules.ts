// Pure half of the workflow engine: machines as data and the checks on them, unit-testable
// without a database. lib/core/workflow.ts adds persistence (history, audit, version check).
import type { OrgLevel, Role } from "@/lib/generated/prisma/enums";
import { Forbidden, InvalidTransition } from "./errors";

export type TransitionKind = "submit" | "approve" | "return" | "reject" | "other";

export type TransitionDef<S extends string, A extends string> = {
  from: readonly S[];
  action: A;
  to: S;
  /** Chinese button label. */
  label: string;
  roles: readonly Role[];
  levels?: readonly OrgLevel[];
  kind: TransitionKind;
  reasonRequired?: boolean;
  /** Returns a Chinese refusal, or null when the record may take this transition. */
  guard?: (ctx: GuardContext<S>) => string | null;
};

export type WorkflowDef<S extends string, A extends string> = {
  entityType: string;
  transitions: readonly TransitionDef<S, A>[];
};

export type WorkflowRecord<S extends string> = {
  id: string;
  status: S;
  orgPath: string;
  personId?: string | null;
  /** Anything the guards need (e.g. the level of the record's owning unit). */
  facts?: Record<string, unknown>;
};

export type HistoryEntry = { action: string; actorId: string };

export type WorkflowActor = { userId: string; role: Role; level: OrgLevel; orgUnitId?: string };

export type GuardContext<S extends string> = { actor: WorkflowActor; record: WorkflowRecord<S>; history: readonly HistoryEntry[] };

export function defineWorkflow<S extends string, A extends string>(def: WorkflowDef<S, A>): WorkflowDef<S, A> {
  return def;
}

/**
 * ORG-30 four-eyes: the submitter never approves, and nobody approves two consecutive steps.
 * `history` is newest first.
 */
export function fourEyesRefusal<S extends string, A extends string>(
  def: WorkflowDef<S, A>,
  actor: WorkflowActor,
  history: readonly HistoryEntry[],
): string | null {
  const kindOf = (action: string) => def.transitions.find((t) => t.action === action)?.kind;
  const lastSubmit = history.find((h) => kindOf(h.action) === "submit");
  if (lastSubmit && lastSubmit.actorId === actor.userId) return "不能审核本人提交的记录";
  const lastEntry = history[0];
  if (lastEntry && kindOf(lastEntry.action) === "approve" && lastEntry.actorId === actor.userId) {
    return "同一人不能连续审核同一记录的两个环节";
  }
  return null;
}

function refusal<S extends string, A extends string>(
  def: WorkflowDef<S, A>,
  t: TransitionDef<S, A>,
  actor: WorkflowActor,
  record: WorkflowRecord<S>,
  history: readonly HistoryEntry[],
): { kind: "state" | "permission" | "rule"; message: string } | null {
  if (!t.from.includes(record.status)) return { kind: "state", message: "当前状态不允许此操作" };
  if (!t.roles.includes(actor.role)) return { kind: "permission", message: "您的角色不能执行此操作" };
  if (t.levels && !t.levels.includes(actor.level)) return { kind: "permission", message: "您所在层级不能执行此操作" };
  if (t.kind === "approve" || t.kind === "return" || t.kind === "reject") {
    const fe = fourEyesRefusal(def, actor, history);
    if (fe) return { kind: "rule", message: fe };
  }
  const g = t.guard?.({ actor, record, history });
  if (g) return { kind: "rule", message: g };
  return null;
}

export function findTransition<S extends string, A extends string>(
  def: WorkflowDef<S, A>,
  actor: WorkflowActor,
  record: WorkflowRecord<S>,
  action: A,
  history: readonly HistoryEntry[],
): TransitionDef<S, A> {
  const candidates = def.transitions.filter((t) => t.action === action);
  if (candidates.length === 0) throw new InvalidTransition("未知操作");
  let first: { kind: string; message: string } | null = null;
  for (const t of candidates) {
    const r = refusal(def, t, actor, record, history);
    if (!r) return t;
    first ??= r;
  }
  if (first!.kind === "permission") throw new Forbidden(first!.message);
  throw new InvalidTransition(first!.message);
}

/** What the screens show as buttons: they ask the engine, never hard-code it. */
export function availableTransitions<S extends string, A extends string>(
  def: WorkflowDef<S, A>,
  actor: WorkflowActor,
  record: WorkflowRecord<S>,
  history: readonly HistoryEntry[],
): TransitionDef<S, A>[] {
  return def.transitions.filter((t) => refusal(def, t, actor, record, history) === null);
}
