import "server-only";
import { createHash } from "node:crypto";
import stableStringify from "fast-json-stable-stringify";
import type { Tx } from "./db";
import { db } from "./db";
import { currentRequestContext, type RequestContext } from "./request-context";

/** SPEC X-01 action codes. */
export type AuditAction =
  | "VIEW_FULL_PROFILE" | "REVEAL" | "CREATE" | "UPDATE" | "DELETE" | "STATUS_CHANGE"
  | "APPROVE" | "RETURN" | "REJECT" | "EXPORT" | "IMPORT" | "PRINT"
  | "LOGIN" | "LOGOUT" | "LOGIN_FAILED" | "PERMISSION_CHANGE" | "CONFIG_CHANGE";

export type AuditActor = {
  userId?: string | null;
  username?: string | null;
  orgUnitId?: string | null;
  role?: string | null;
};

export type AuditInput = {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  personId?: string;
  /** Path of the unit that owns the thing audited; decides who can read the event. */
  orgPath: string;
  reason?: string;
  diff?: unknown;
};

// One advisory-lock key serialises appends so the chain never forks under concurrency.
const CHAIN_LOCK_KEY = 7_302_041;
const GENESIS = "0".repeat(64);

/**
 * Appends an event in the caller's transaction, so the event exists if and only if the change it
 * records was committed. The hash covers the previous hash, making edits detectable.
 */
export async function writeAudit(tx: Tx, actor: AuditActor, input: AuditInput, ctx?: RequestContext): Promise<void> {
  const request = ctx ?? (await currentRequestContext());
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`;
  const last = await tx.$queryRaw<{ hash: string }[]>`SELECT hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1`;
  const prevHash = last[0]?.hash ?? GENESIS;
  const at = new Date();
  const row = {
    at,
    userId: actor.userId ?? null,
    userName: actor.username ?? null,
    userOrgUnitId: actor.orgUnitId ?? null,
    role: actor.role ?? null,
    action: input.action,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    personId: input.personId ?? null,
    orgPath: input.orgPath,
    reason: input.reason ?? null,
    ip: request.ip ?? null,
    userAgent: request.userAgent ?? null,
    requestId: request.requestId ?? null,
    diff: input.diff === undefined ? null : JSON.parse(JSON.stringify(input.diff)),
  };
  const hash = hashEvent(prevHash, row);
  await tx.auditEvent.create({ data: { ...row, diff: row.diff ?? undefined, prevHash, hash } });
}

/**
 * Appends many events under one lock and one read of the chain head: bulk transitions (e.g. a
 * provincial export of thousands of profiles) must not hold the city-wide lock per row.
 */
export async function writeAuditMany(tx: Tx, actor: AuditActor, inputs: readonly AuditInput[], ctx?: RequestContext): Promise<void> {
  if (inputs.length === 0) return;
  const request = ctx ?? (await currentRequestContext());
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`;
  const last = await tx.$queryRaw<{ hash: string }[]>`SELECT hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1`;
  let prevHash = last[0]?.hash ?? GENESIS;
  const at = new Date();
  const rows = inputs.map((input) => {
    const row = {
      at,
      userId: actor.userId ?? null, userName: actor.username ?? null, userOrgUnitId: actor.orgUnitId ?? null, role: actor.role ?? null,
      action: input.action, entityType: input.entityType ?? null, entityId: input.entityId ?? null, personId: input.personId ?? null,
      orgPath: input.orgPath, reason: input.reason ?? null,
      ip: request.ip ?? null, userAgent: request.userAgent ?? null, requestId: request.requestId ?? null,
      diff: input.diff === undefined ? null : JSON.parse(JSON.stringify(input.diff)),
    };
    const hash = hashEvent(prevHash, row);
    const out = { ...row, diff: row.diff ?? undefined, prevHash, hash };
    prevHash = hash;
    return out;
  });
  // createMany keeps the array order for the identity column, which is the chain order.
  for (let i = 0; i < rows.length; i += 2000) await tx.auditEvent.createMany({ data: rows.slice(i, i + 2000) });
}

/** Convenience for events that change nothing else (views, reveals, exports, logins). */
export async function recordAudit(actor: AuditActor, input: AuditInput, ctx?: RequestContext): Promise<void> {
  const request = ctx ?? (await currentRequestContext());
  await db.$transaction((tx) => writeAudit(tx, actor, input, request));
}

type HashedFields = {
  at: Date; userId: string | null; action: string; entityType: string | null; entityId: string | null;
  personId: string | null; orgPath: string; reason: string | null; diff: unknown;
};

export function hashEvent(prevHash: string, e: HashedFields): string {
  // Keys sorted recursively: PostgreSQL's jsonb does not keep the order the diff was written in.
  const canonical = stableStringify([
    prevHash, e.at.toISOString(), e.userId, e.action, e.entityType, e.entityId, e.personId, e.orgPath, e.reason,
    e.diff ?? null,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainReport = { checked: number; ok: boolean; firstBrokenId?: string; problem?: string };

/** Recomputes the whole chain in id order, in pages, and reports the first break (tamper evidence). */
export async function verifyAuditChain(pageSize = 5000): Promise<ChainReport> {
  let prev = GENESIS;
  let cursor: bigint | undefined;
  let checked = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: cursor === undefined ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    for (const e of page) {
      checked++;
      if (e.prevHash !== prev) return { checked, ok: false, firstBrokenId: String(e.id), problem: "前序哈希不连续（有记录被删除或插入）" };
      if (hashEvent(prev, { ...e, diff: e.diff }) !== e.hash) return { checked, ok: false, firstBrokenId: String(e.id), problem: "记录内容与哈希不符（被篡改）" };
      prev = e.hash;
    }
    if (page.length < pageSize) return { checked, ok: true };
    cursor = page[page.length - 1].id;
  }
}

/** Field-level before/after diff for UPDATE events; sensitive values are stored hashed. */
export function fieldDiff<T extends Record<string, unknown>>(before: T, after: Partial<T>, sensitive: readonly string[] = []) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out[key] = sensitive.includes(key)
      ? { from: a == null ? null : sha(String(a)), to: b == null ? null : sha(String(b)) }
      : { from: a ?? null, to: b ?? null };
  }
  return out;
}

const sha = (s: string) => "sha256:" + createHash("sha256").update(s).digest("hex").slice(0, 16);

