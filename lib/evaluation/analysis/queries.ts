import "server-only";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { assertCan, can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { HotIssue } from "../hot-issues";
import type { AnalysisStats } from "./build-stats";
import { authorIdsOf } from "./services";

const PAGE_SIZE = 30;

/** /evaluation/analysis: the reports of the caller's subtree, newest period first (eval.report). */
export async function listAnalyses(scope: Scope, page = 1) {
  assertCan(scope, "eval.report");
  const p = Math.max(1, Math.floor(page));
  const rows = await scopedDb(scope).evaluationAnalysis.findMany({
    orderBy: [{ periodKey: "desc" }, { id: "asc" }],
    skip: (p - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: { id: true, period: true, periodKey: true, scopeOrgUnitId: true, status: true, generatedAt: true, approvedAt: true, hotIssues: true },
  });
  const shown = rows.slice(0, PAGE_SIZE);
  const units = await db.orgUnit.findMany({ where: { id: { in: [...new Set(shown.map((r) => r.scopeOrgUnitId))] } }, select: { id: true, name: true } });
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  return {
    page: p,
    hasNext: rows.length > PAGE_SIZE,
    rows: shown.map(({ hotIssues, ...r }) => ({ ...r, unitName: nameOf.get(r.scopeOrgUnitId) ?? "—", hotIssueCount: (hotIssues as unknown[]).length })),
  };
}

export async function getAnalysis(scope: Scope, id: string) {
  assertCan(scope, "eval.report");
  const a = await scopedDb(scope).evaluationAnalysis.findFirst({ where: { id }, include: { actions: { orderBy: [{ dueDate: "asc" }, { id: "asc" }] } } });
  if (!a) throw new NotFound("分析报告不存在或不在您的管辖范围内");
  const [unit, authors] = await Promise.all([
    db.orgUnit.findUniqueOrThrow({ where: { id: a.scopeOrgUnitId }, select: { name: true, code: true } }),
    authorIdsOf(a.id),
  ]);
  const people = await db.user.findMany({ where: { id: { in: [...authors, ...(a.approvedById ? [a.approvedById] : [])] } }, select: { id: true, displayName: true } });
  const nameOf = new Map(people.map((u) => [u.id, u.displayName]));
  const writer = can(scope, "eval.analysis");
  return {
    analysis: { ...a, stats: a.generatedStats as unknown as AnalysisStats, hotIssues: a.hotIssues as unknown as HotIssue[] },
    unit,
    authorNames: authors.map((id) => nameOf.get(id) ?? "—"),
    approvedByName: a.approvedById ? nameOf.get(a.approvedById) ?? "—" : null,
    canEdit: writer && a.status === "DRAFT",
    canTrack: writer,
    canApprove: can(scope, "eval.analysis") && a.status === "DRAFT" && !authors.includes(scope.userId),
  };
}
export type AnalysisView = Awaited<ReturnType<typeof getAnalysis>>;
