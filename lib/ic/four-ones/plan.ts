import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { fieldDiff, writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { assertCan } from "@/lib/core/permissions";
import { Conflict, FieldError, InvalidTransition, NotFound } from "@/lib/core/errors";
import { todayInShanghai } from "@/lib/core/calendar-math";
import type { Scope } from "@/lib/core/scope";
import { loadProfileInScope, type ScopedProfile } from "@/lib/ic/documents/load";
import { PlanCloseInput, PlanReviewInput, PlanSaveInput } from "./schemas";
import { loadServiceStaff } from "./staff";
import { parseInput } from "@/lib/core/parse-input";

export type PlanReview = { date: string; progress: string; byId: string; byName: string; kind?: "REVIEW" | "CLOSE" };

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

async function loadWritableProfile(scope: Scope, profileId: string) {
  assertCan(scope, "ic.write");
  const profile = await loadProfileInScope(scope, profileId);
  if (profile.status === "INACTIVE") throw new InvalidTransition("已注销的档案不能修改帮扶计划");
  return profile;
}

/** A plan of an already scope-checked profile (child through parent). */
async function loadPlan(tx: Tx | typeof db, profile: ScopedProfile, planId: string) {
  const plan = await tx.servicePlan.findFirst({ where: { id: planId, profileId: profile.id } });
  if (!plan) throw new NotFound("帮扶计划不存在");
  return plan;
}

/** "一策" (§3.1.2 ServicePlan, IC-08 d): creates the plan, or edits it under optimistic locking. */
export async function saveServicePlan(scope: Scope, raw: PlanSaveInput) {
  const input = parseInput(PlanSaveInput, raw);
  const profile = await loadWritableProfile(scope, input.profileId);
  await loadServiceStaff(profile.orgPath, input.responsibleStaffId, "responsibleStaffId");
  const data = {
    needs: input.needs, measures: input.measures, responsibleStaffId: input.responsibleStaffId,
    startDate: day(input.startDate), nextReviewDate: day(input.nextReviewDate),
  };
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"plan:" + profile.id}))`;
    if (!input.planId) {
      // IC-08 asks for one ACTIVE plan; a second would split the follow-up between two records.
      const active = await tx.servicePlan.count({ where: { profileId: profile.id, status: "ACTIVE" } });
      if (active) throw new Conflict("该人员已有实施中的帮扶计划，请在原计划上修改或先结束原计划");
      const plan = await tx.servicePlan.create({ data: { ...data, profileId: profile.id, orgPath: profile.orgPath, createdById: scope.userId } });
      await audit(tx, scope, profile, plan.id, "CREATE", { needs: input.needs, startDate: input.startDate, nextReviewDate: input.nextReviewDate });
      return plan;
    }
    const plan = await loadPlan(tx, profile, input.planId);
    if (plan.status !== "ACTIVE") throw new InvalidTransition("计划已结束，不能再修改");
    const { count } = await tx.servicePlan.updateMany({ where: { id: plan.id, version: input.version ?? -1 }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw new Conflict();
    await audit(tx, scope, profile, plan.id, "UPDATE", fieldDiff(plan as Record<string, unknown>, data));
    return tx.servicePlan.findUniqueOrThrow({ where: { id: plan.id } });
  });
}

/** A follow-up entry; it also sets the next review date (again ≤ 12 months ahead). */
export async function addPlanReview(scope: Scope, raw: PlanReviewInput) {
  const input = parseInput(PlanReviewInput, raw);
  const profile = await loadWritableProfile(scope, input.profileId);
  if (input.date > todayInShanghai()) throw new FieldError("date", "回访日期不能晚于今天");
  return db.$transaction(async (tx) => {
    const plan = await loadPlan(tx, profile, input.planId);
    if (plan.status !== "ACTIVE") throw new InvalidTransition("计划已结束，不能再登记回访");
    if (input.date < dayOf(plan.startDate)) throw new FieldError("date", "回访日期不能早于计划开始日期");
    const entry: PlanReview = { date: input.date, progress: input.progress, byId: scope.userId, byName: scope.displayName, kind: "REVIEW" };
    const reviews = [...((plan.reviews as PlanReview[] | null) ?? []), entry];
    const { count } = await tx.servicePlan.updateMany({
      where: { id: plan.id, version: input.version },
      data: { reviews, nextReviewDate: day(input.nextReviewDate), version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    await audit(tx, scope, profile, plan.id, "UPDATE", { review: { date: input.date }, nextReviewDate: input.nextReviewDate });
  });
}

/** ACTIVE → ACHIEVED (已达成) or CLOSED (已关闭), with a closing note kept among the reviews. */
export async function closeServicePlan(scope: Scope, raw: PlanCloseInput) {
  const input = parseInput(PlanCloseInput, raw);
  const profile = await loadWritableProfile(scope, input.profileId);
  await db.$transaction(async (tx) => {
    const plan = await loadPlan(tx, profile, input.planId);
    if (plan.status !== "ACTIVE") throw new InvalidTransition("计划已结束");
    const entry: PlanReview = { date: todayInShanghai(), progress: input.note, byId: scope.userId, byName: scope.displayName, kind: "CLOSE" };
    const { count } = await tx.servicePlan.updateMany({
      where: { id: plan.id, version: input.version, status: "ACTIVE" },
      data: { status: input.outcome, reviews: [...((plan.reviews as PlanReview[] | null) ?? []), entry], version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict();
    await audit(tx, scope, profile, plan.id, "STATUS_CHANGE", { from: "ACTIVE", to: input.outcome });
  });
}

function audit(tx: Tx, scope: Scope, profile: ScopedProfile, planId: string, action: "CREATE" | "UPDATE" | "STATUS_CHANGE", diff: unknown) {
  return writeAudit(tx, actorOf(scope), { action, entityType: "ServicePlan", entityId: planId, personId: profile.personId, orgPath: profile.orgPath, diff });
}
