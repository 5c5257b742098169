import "server-only";
import { db } from "@/lib/core/db";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { REVIEW_STAGES, type ReviewStage } from "./schemas";
import { STAGE_OF_LEVEL, stageAgeing, stagePathFilter } from "./stage";

export const QUEUE_PAGE_SIZE = 50;

export type ReviewQueueFilter = { stage?: ReviewStage; page?: number };

/**
 * The 审核台 (§3.1.4, R-IC-2): records waiting at a stage, overdue first and then oldest first —
 * both are statusSince ascending, which the (orgPath, status, statusSince) index returns in order,
 * so a page is one indexed range read however many profiles the city holds.
 */
export async function listReviewQueue(scope: Scope, f: ReviewQueueFilter) {
  const stage = f.stage ?? STAGE_OF_LEVEL[scope.level];
  const page = Math.max(1, Math.floor(f.page ?? 1));
  const [where, ageing] = await Promise.all([stagePathFilter(scope, stage), stageAgeing(stage)]);
  const rows = await scopedDb(scope).subjectProfile.findMany({
    where: { ...where, status: stage, deletedAt: null },
    orderBy: [{ statusSince: "asc" }, { id: "asc" }],
    skip: (page - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE + 1,
    select: {
      id: true, fileNo: true, status: true, statusSince: true, version: true, primaryCategory: true, categories: true, orgUnitId: true,
      person: { select: { name: true, idMasked: true } },
    },
  });
  const pageRows = rows.slice(0, QUEUE_PAGE_SIZE);
  // Unit names for this page only: one query, not one per row.
  const units = await db.orgUnit.findMany({ where: { id: { in: [...new Set(pageRows.map((r) => r.orgUnitId))] } }, select: { id: true, name: true } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const items = await Promise.all(
    pageRows.map(async (r) => ({
      ...r,
      unitName: unitName.get(r.orgUnitId) ?? "",
      daysInStage: await ageing.daysIn(r.statusSince),
      overdue: r.statusSince < ageing.cutoff,
    })),
  );
  return {
    stage,
    actionable: stage === STAGE_OF_LEVEL[scope.level],
    target: ageing.target,
    rows: items,
    page,
    hasNext: rows.length > QUEUE_PAGE_SIZE,
  };
}

export type StageCount = { stage: ReviewStage; total: number; overdue: number };

/** Tab badges: per stage a COUNT over the same indexed range as the list (no whole-table scan). */
export async function reviewStageCounts(scope: Scope): Promise<StageCount[]> {
  const sdb = scopedDb(scope);
  return Promise.all(
    REVIEW_STAGES.map(async (stage) => {
      const [where, ageing] = await Promise.all([stagePathFilter(scope, stage), stageAgeing(stage)]);
      const base = { ...where, status: stage, deletedAt: null };
      const [total, overdue] = await Promise.all([
        sdb.subjectProfile.count({ where: base }),
        sdb.subjectProfile.count({ where: { ...base, statusSince: { lt: ageing.cutoff } } }),
      ]);
      return { stage, total, overdue };
    }),
  );
}
