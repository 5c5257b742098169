import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, DomainError, Forbidden, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { PresenceStatus } from "@/lib/generated/prisma/enums";
import { PRESENCE_LABELS } from "@/lib/hall/labels";
import { writeReminders } from "@/lib/reminders/notify";
import { activeHandoversFrom, openCasesOf, pairsOfUser, type UserPair } from "./my-pairs";
import { HandoverAckInput, LEAVING_STATUSES, PresenceInput, type HandoverInput } from "./schemas";

// SPEC §2.7 StaffPresence and ORG-44 (§7.7.4 A角暂离岗位时，应做好交接工作，确保B角能够衔接到位).

export const HANDOVER_REQUIRED = "您有在办办件，离岗前须填写交接记录（交接原因和不少于10个字的交接说明），交接给您的AB角";

function isLeaving(status: PresenceStatus) {
  return (LEAVING_STATUSES as readonly string[]).includes(status);
}

/**
 * Sets the caller's own presence. Leaving the window (暂离 / 请假 / 公出) while A or B of a current
 * pair with open cases as first handler needs a hand-over: the service lists those cases itself
 * (never the client) and hands them to the counterpart of the window each case was received at.
 * Returning 在岗 ends the caller's active hand-overs, so cases route back to the first handler.
 */
export async function setMyPresence(scope: Scope, raw: PresenceInput, now = new Date()) {
  assertCan(scope, "hall.presence.self");
  const input = parseInput(PresenceInput, raw);
  const current = await db.staffPresence.findUnique({ where: { userId: scope.userId } });
  // A double submit of the same choice changes nothing.
  if (current && current.status === input.status && (current.note ?? undefined) === input.note) return { changed: false, handoverIds: [] as string[] };
  if ((current?.version ?? null) !== input.version) throw new Conflict("您的在岗状态已在其他页面更改，请刷新后重试");

  const leaving = isLeaving(input.status);
  const [pairs, openCases, active] = leaving
    ? await Promise.all([pairsOfUser(scope.userId, todayInShanghai(now)), openCasesOf(scope), activeHandoversFrom(scope.userId)])
    : [[], [], []];
  const covered = new Set(active.flatMap((h) => h.pendingCaseIds));
  const uncovered = openCases.filter((c) => !covered.has(c.id));
  const handoverNeeded = pairs.length > 0 && uncovered.length > 0;
  if (handoverNeeded && !input.handover) throw new DomainError(HANDOVER_REQUIRED);

  try {
    return await db.$transaction(async (tx) => {
      await writePresence(tx, scope, current, input, now);
      if (input.status === "ON_DUTY") await endHandovers(tx, scope, now);
      const handoverIds = handoverNeeded ? await fileHandovers(tx, scope, pairs, uncovered, input.status, input.handover!, now) : [];
      return { changed: true, handoverIds };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict("您的在岗状态已在其他页面更改，请刷新后重试");
    throw e;
  }
}

async function writePresence(
  tx: Tx,
  scope: Scope,
  current: { status: PresenceStatus; note: string | null; version: number } | null,
  input: { status: PresenceStatus; note?: string; version: number | null },
  now: Date,
) {
  if (!current) {
    await tx.staffPresence.create({ data: { userId: scope.userId, status: input.status, note: input.note ?? null, since: now, orgPath: scope.orgPath } });
  } else {
    const { count } = await tx.staffPresence.updateMany({
      where: { userId: scope.userId, version: current.version },
      data: { status: input.status, note: input.note ?? null, ...(current.status !== input.status ? { since: now } : {}), version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict("您的在岗状态已在其他页面更改，请刷新后重试");
  }
  await writeAudit(tx, actorOf(scope), {
    action: "UPDATE", entityType: "StaffPresence", entityId: scope.userId, orgPath: scope.orgPath,
    diff: { status: { from: current?.status ?? null, to: input.status }, ...(input.note ? { note: input.note } : {}) },
  });
}

async function endHandovers(tx: Tx, scope: Scope, now: Date) {
  const active = await activeHandoversFrom(scope.userId, tx);
  if (active.length === 0) return;
  await tx.abHandover.updateMany({ where: { id: { in: active.map((h) => h.id) }, endedAt: null }, data: { endedAt: now, version: { increment: 1 } } });
  for (const h of active) {
    await writeAudit(tx, actorOf(scope), { action: "UPDATE", entityType: "AbHandover", entityId: h.id, orgPath: h.orgPath, diff: { endedAt: now.toISOString(), reason: "首办人返岗" } });
  }
}

/** One hand-over per pair: each case goes to the counterpart on the window it was received at. */
async function fileHandovers(
  tx: Tx,
  scope: Scope,
  pairs: UserPair[],
  cases: { id: string; windowId: string | null }[],
  status: PresenceStatus,
  handover: Required<Pick<HandoverInput, "reason" | "notes">>,
  now: Date,
) {
  const byPair = new Map<string, { pair: UserPair; caseIds: string[] }>();
  for (const c of cases) {
    const pair = pairs.find((p) => p.windowId === c.windowId) ?? pairs[0];
    const entry = byPair.get(pair.id) ?? { pair, caseIds: [] };
    entry.caseIds.push(c.id);
    byPair.set(pair.id, entry);
  }
  const ids: string[] = [];
  for (const { pair, caseIds } of byPair.values()) {
    const h = await tx.abHandover.create({
      data: {
        windowId: pair.windowId, fromUserId: scope.userId, toUserId: pair.counterpartId, at: now, reason: handover.reason,
        presenceStatus: status, pendingCaseIds: caseIds, notes: handover.notes.trim(), orgPath: pair.orgPath,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "AbHandover", entityId: h.id, orgPath: h.orgPath,
      diff: { windowId: pair.windowId, toUserId: h.toUserId, reason: h.reason, presenceStatus: status, pendingCaseIds: caseIds },
    });
    await writeReminders(tx, [{
      ruleId: "ORG-44", entityType: "AbHandover", entityId: h.id, assigneeUserId: h.toUserId, level: "WARN",
      message: `${scope.displayName}（${pair.window.windowNo}号窗口${pair.myRole}角）${PRESENCE_LABELS[status]}，向您交接了${caseIds.length}件在办办件，请确认交接`,
      href: "/hall/windows#handovers", fireKey: `ORG-44:${h.id}`, orgPath: h.orgPath,
    }]);
    ids.push(h.id);
  }
  return ids;
}

/** The counterpart confirms receipt of a hand-over (SPEC §2.7 `acknowledgedAt`, "B confirms"). */
export async function acknowledgeHandover(scope: Scope, raw: HandoverAckInput, now = new Date()) {
  assertCan(scope, "hall.presence.self");
  const input = parseInput(HandoverAckInput, raw);
  const h = await scopedDb(scope).abHandover.findFirst({ where: { id: input.id } });
  if (!h) throw new NotFound("交接记录不存在或不在您的管辖范围内");
  if (h.toUserId !== scope.userId) throw new Forbidden("只有接收交接的AB角本人可以确认");
  if (h.acknowledgedAt) return { changed: false };
  if (h.version !== input.version) throw new Conflict();
  await db.$transaction(async (tx) => {
    const { count } = await tx.abHandover.updateMany({ where: { id: h.id, version: input.version, acknowledgedAt: null }, data: { acknowledgedAt: now, version: { increment: 1 } } });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), { action: "UPDATE", entityType: "AbHandover", entityId: h.id, orgPath: h.orgPath, diff: { acknowledgedAt: now.toISOString() } });
  });
  return { changed: true };
}
