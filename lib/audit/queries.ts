import "server-only";
import { assertCan } from "@/lib/core/permissions";
import { addDays } from "@/lib/core/calendar-math";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { shanghaiDayStart } from "./format";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/**
 * the audit log of the caller's subtree (events are owned by AuditEvent.orgPath, the unit
 * of what was touched), newest first. Offset paging on id with a look-ahead row instead of
 * a COUNT over a table that only ever grows.
 */
export async function listAuditEvents(scope: Scope, f: Partial<AuditFilter> & { page?: number }) {
  assertCan(scope, "audit.read");
  const page = Math.max(1, f.page ?? 1);
  const at = {
    ...(f.from ? { gte: shanghaiDayStart(f.from) } : {}),
    ...(f.to ? { lt: shanghaiDayStart(addDays(f.to, 1)) } : {}),
  };
  const rows = await scopedDb(scope).auditEvent.findMany({
    where: {
      ...(f.userId ? { userId: f.userId } : {}),
      ...(f.username ? { userName: f.username } : {}),
      ...(f.action ? { action: f.action } : {}),
      ...(f.personId ? { personId: f.personId } : {}),
      ...(f.from || f.to ? { at } : {}),
    },
    // id follows insertion order (appends are serialised by the chain lock), so the primary key
    // serves "newest first" for a city-wide reader without sorting the whole subtree.
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true, at: true, userId: true, userName: true, role: true, action: true, entityType: true, entityId: true,
      personId: true, reason: true, ip: true,
    },
  });
  return {
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({ ...r, id: String(r.id) })),
    hasNext: rows.length > AUDIT_PAGE_SIZE,
    page,
  };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];
