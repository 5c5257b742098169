import "server-only";
import { db } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { Conflict, FieldError, InvalidTransition, NotFound, isUniqueViolation } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { inScope, type Scope } from "@/lib/core/scope";
import type { EvaluationAnalysis, Prisma } from "@/lib/generated/prisma/client";
import { parsePeriodKey } from "../period";
import {
  AddImprovementActionInput, AnalysisTextInput, ApproveAnalysisInput, GenerateAnalysisInput, ImprovementActionStatusInput,
} from "../schemas";
import { buildAnalysisStats } from "./build-stats";

// §9.2.2 分析研判 (EVA-06): district and city reviewers generate the period's figures for their
// unit, write the investigation and solutions, list improvement actions, and a reviewer who did
// not write it approves. One analysis per unit and period; regenerating refreshes a DRAFT only.

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

async function loadAnalysis(scope: Scope, id: string): Promise<EvaluationAnalysis> {
  const a = await db.evaluationAnalysis.findFirst({ where: { id, ...inScope(scope) } });
  if (!a) throw new NotFound("分析报告不存在或不在您的管辖范围内");
  return a;
}

export async function generateAnalysis(scope: Scope, raw: GenerateAnalysisInput, now = new Date()) {
  assertCan(scope, "eval.analysis");
  const input = parseInput(GenerateAnalysisInput, raw);
  const parsed = parsePeriodKey(input.periodKey);
  if (!parsed || parsed.period !== input.period) throw new FieldError("periodKey", "期间与分析周期不一致");
  const { stats, hotIssues } = await buildAnalysisStats(scope, parsed.range, now);
  const key = { scopeOrgUnitId: scope.orgUnitId, period: input.period, periodKey: input.periodKey };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.evaluationAnalysis.findUnique({ where: { scopeOrgUnitId_period_periodKey: key } });
      if (existing?.status === "APPROVED") throw new Conflict("该期分析报告已审定，不能重新生成");
      if (existing) {
        const { count } = await tx.evaluationAnalysis.updateMany({
          where: { id: existing.id, version: existing.version, status: "DRAFT" },
          data: { generatedStats: json(stats), hotIssues: json(hotIssues), generatedAt: now, version: { increment: 1 }, updatedById: scope.userId },
        });
        if (count !== 1) throw new Conflict();
        await writeAudit(tx, actorOf(scope), {
          action: "UPDATE", entityType: "EvaluationAnalysis", entityId: existing.id, orgPath: existing.orgPath,
          diff: { regenerated: true, periodKey: input.periodKey, evaluations: stats.total.count, hotIssues: hotIssues.length },
        });
        return { id: existing.id, created: false };
      }
      const a = await tx.evaluationAnalysis.create({
        data: {
          ...key, orgPath: scope.orgPath, generatedStats: json(stats), hotIssues: json(hotIssues), generatedAt: now,
          createdById: scope.userId, updatedById: scope.userId,
        },
      });
      await writeAudit(tx, actorOf(scope), {
        action: "CREATE", entityType: "EvaluationAnalysis", entityId: a.id, orgPath: a.orgPath,
        diff: { period: a.period, periodKey: a.periodKey, evaluations: stats.total.count, hotIssues: hotIssues.length },
      });
      return { id: a.id, created: true };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict("该期分析报告刚刚已由他人生成，请刷新后查看");
    throw e;
  }
}

export async function updateAnalysisText(scope: Scope, raw: AnalysisTextInput) {
  assertCan(scope, "eval.analysis");
  const input = parseInput(AnalysisTextInput, raw);
  const a = await loadAnalysis(scope, input.id);
  if (a.status !== "DRAFT") throw new InvalidTransition("已审定的分析报告不能修改");
  return db.$transaction(async (tx) => {
    const data = { investigation: input.investigation ?? null, solutions: input.solutions ?? null };
    const { count } = await tx.evaluationAnalysis.updateMany({
      where: { id: a.id, version: input.version, status: "DRAFT" },
      data: { ...data, version: { increment: 1 }, updatedById: scope.userId },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "EvaluationAnalysis", entityId: a.id, orgPath: a.orgPath,
      diff: { investigation: { from: a.investigation, to: data.investigation }, solutions: { from: a.solutions, to: data.solutions } },
    });
    return { version: input.version + 1 };
  });
}

/**
 * A measure is added to a DRAFT only: the report's status and version are re-checked in the same
 * transaction (a report approved — or changed — meanwhile is a Conflict and nothing is stored).
 */
export async function addImprovementAction(scope: Scope, raw: AddImprovementActionInput) {
  assertCan(scope, "eval.analysis");
  const input = parseInput(AddImprovementActionInput, raw);
  const a = await loadAnalysis(scope, input.analysisId);
  if (a.status !== "DRAFT") throw new InvalidTransition("已审定的分析报告不能再增加改进措施");
  return db.$transaction(async (tx) => {
    // Adding a measure is writing the report: its author may not approve it (authorIdsOf).
    const { count } = await tx.evaluationAnalysis.updateMany({
      where: { id: a.id, status: "DRAFT", version: input.version },
      data: { updatedById: scope.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict("分析报告已被他人更新或已审定，请刷新后重试");
    const action = await tx.improvementAction.create({
      data: {
        analysisId: a.id, description: input.description, ownerName: input.ownerName, dueDate: new Date(`${input.dueDate}T00:00:00.000Z`),
        orgPath: a.orgPath, createdById: scope.userId,
      },
    });
    await writeAudit(tx, actorOf(scope), {
      action: "CREATE", entityType: "ImprovementAction", entityId: action.id, orgPath: action.orgPath,
      diff: { analysisId: a.id, description: action.description, ownerName: action.ownerName, dueDate: input.dueDate },
    });
    return { id: action.id, version: input.version + 1 };
  });
}

/** Improvement actions are tracked after approval too: OPEN ⇄ DONE, version-checked. */
export async function setImprovementActionStatus(scope: Scope, raw: ImprovementActionStatusInput, now = new Date()) {
  assertCan(scope, "eval.analysis");
  const input = parseInput(ImprovementActionStatusInput, raw);
  const action = await db.improvementAction.findFirst({ where: { id: input.id, ...inScope(scope) } });
  if (!action) throw new NotFound("改进措施不存在或不在您的管辖范围内");
  return db.$transaction(async (tx) => {
    const { count } = await tx.improvementAction.updateMany({
      where: { id: action.id, version: input.version },
      data: { status: input.status, doneAt: input.status === "DONE" ? now : null, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "STATUS_CHANGE", entityType: "ImprovementAction", entityId: action.id, orgPath: action.orgPath,
      diff: { from: action.status, to: input.status },
    });
    return { status: input.status };
  });
}

/** Approval by a reviewer who neither generated nor wrote the report (ORG-30 four-eyes). */
export async function approveAnalysis(scope: Scope, raw: ApproveAnalysisInput, now = new Date()) {
  assertCan(scope, "eval.analysis");
  const input = parseInput(ApproveAnalysisInput, raw);
  const a = await loadAnalysis(scope, input.id);
  if (a.status !== "DRAFT") throw new InvalidTransition("该分析报告已审定");
  if ((await authorIdsOf(a.id)).includes(scope.userId)) throw new InvalidTransition("不能审定本人撰写的分析报告，请由其他审核人员审定");
  if (!a.investigation) throw new FieldError("investigation", "请先填写调查研究情况");
  if (!a.solutions) throw new FieldError("solutions", "请先填写解决方案和整改措施");
  return db.$transaction(async (tx) => {
    const { count } = await tx.evaluationAnalysis.updateMany({
      where: { id: a.id, version: input.version, status: "DRAFT" },
      data: { status: "APPROVED", approvedById: scope.userId, approvedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    await writeAudit(tx, actorOf(scope), {
      action: "APPROVE", entityType: "EvaluationAnalysis", entityId: a.id, orgPath: a.orgPath, diff: { from: "DRAFT", to: "APPROVED" },
    });
    return { status: "APPROVED" as const };
  });
}

/** Everyone who generated, wrote or added a measure to the report, from the audit log. */
export async function authorIdsOf(analysisId: string): Promise<string[]> {
  const [events, actions] = await Promise.all([
    db.auditEvent.findMany({
      where: { entityType: "EvaluationAnalysis", entityId: analysisId, action: { in: ["CREATE", "UPDATE"] } },
      select: { userId: true },
    }),
    db.improvementAction.findMany({ where: { analysisId }, select: { createdById: true } }),
  ]);
  return [...new Set([...events.map((e) => e.userId), ...actions.map((a) => a.createdById)].filter((x): x is string => !!x))];
}
