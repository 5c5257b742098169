import "server-only";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { AppointmentMethod, AppointmentStatus, AppointmentType } from "@/lib/generated/prisma/enums";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import type { DateRange } from "@/lib/hall/consultations/kpi";

type Counts = { total: number; cancelled: number; completed: number; noShow: number };

const empty = (): Counts => ({ total: 0, cancelled: 0, completed: 0, noShow: 0 });

function add(c: Counts, status: AppointmentStatus, n: number) {
  c.total += n;
  if (status === "CANCELLED") c.cancelled += n;
  if (status === "COMPLETED") c.completed += n;
  if (status === "NO_SHOW") c.noShow += n;
}

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * SPEC §3.12.10 report 预约: appointments whose day falls in [from, to], by type and by method; the
 * no-show rate (爽约率) = NO_SHOW ÷ the appointments that were due to be served (checked in,
 * completed or no-show); and the non-working-day count. A rescheduled appointment is counted once,
 * as its replacement.
 */
export async function appointmentFigures(scope: Scope, q: DateRange) {
  assertCan(scope, "hall.kpi");
  const groups = await scopedDb(scope).appointment.groupBy({
    by: ["type", "method", "status"],
    where: { date: { gte: toDateColumn(q.from), lte: toDateColumn(q.to) }, status: { not: "RESCHEDULED" } },
    _count: { _all: true },
  });
  const byType = new Map<AppointmentType, Counts>();
  const byMethod = new Map<AppointmentMethod, Counts>();
  const all = empty();
  let due = 0;
  for (const g of groups) {
    const n = g._count._all;
    const t = byType.get(g.type) ?? empty();
    const m = byMethod.get(g.method) ?? empty();
    add(t, g.status, n);
    add(m, g.status, n);
    add(all, g.status, n);
    byType.set(g.type, t);
    byMethod.set(g.method, m);
    if (g.status === "COMPLETED" || g.status === "CHECKED_IN" || g.status === "NO_SHOW") due += n;
  }
  const nwd = byType.get("NON_WORKING_DAY") ?? empty();
  return {
    total: all.total,
    byType: [...byType.entries()].map(([type, c]) => ({ type, ...c })),
    byMethod: [...byMethod.entries()].map(([method, c]) => ({ method, ...c })),
    noShow: all.noShow,
    noShowRate: pct(all.noShow, due),
    nonWorkingDay: { total: nwd.total - nwd.cancelled, completed: nwd.completed },
  };
}
