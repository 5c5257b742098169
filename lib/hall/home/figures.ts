import "server-only";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { HomeServiceResult, HomeServiceStatus } from "@/lib/generated/prisma/enums";
import { instantRange, type DateRange } from "@/lib/hall/consultations/kpi";

/**
 * SPEC §3.12.10 report 上门服务: requests made in [from, to] by status and result, eligibility
 * decisions, and — errata B10 — how many were made eligible by a reviewer's exception to a).
 */
export async function homeServiceFigures(scope: Scope, q: DateRange) {
  assertCan(scope, "hall.kpi");
  const sdb = scopedDb(scope);
  const where = { createdAt: instantRange(q) };
  const [byStatus, byResult, exceptions] = await Promise.all([
    sdb.homeServiceRequest.groupBy({ by: ["status"], where, _count: { _all: true } }),
    sdb.homeServiceRequest.groupBy({ by: ["result"], where: { ...where, result: { not: null } }, _count: { _all: true } }),
    sdb.homeServiceRequest.count({ where: { ...where, exceptionApprovedById: { not: null } } }),
  ]);
  const count = (s: HomeServiceStatus) => byStatus.find((g) => g.status === s)?._count._all ?? 0;
  const total = byStatus.reduce((n, g) => n + g._count._all, 0);
  return {
    total,
    byStatus: byStatus.map((g) => ({ status: g.status, count: g._count._all })),
    rejected: count("REJECTED"),
    eligible: total - count("REQUESTED") - count("REJECTED"),
    exceptions,
    byResult: byResult.map((g) => ({ result: g.result as HomeServiceResult, count: g._count._all })),
  };
}
