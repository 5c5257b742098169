import "server-only";
import { db } from "@/lib/core/db";
import { can } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { ACTIVE_STATUSES } from "@/lib/ic/workflow";
import { loadProfileInScope } from "@/lib/ic/documents/load";
import { FOUR_ONES_CARD_PURPOSES } from "./card";
import { readPaperFile } from "./paper-file";
import type { PlanReview } from "./plan";
import { listCustodianUnits, listServiceStaff } from "./staff";

/** Everything the "一人一档一卡一策" panel shows for one profile (IC-07, IC-08). */
export async function getFourOnes(scope: Scope, profileId: string) {
  const profile = await loadProfileInScope(scope, profileId);
  const [unit, card, plans, staff, custodians] = await Promise.all([
    db.orgUnit.findUniqueOrThrow({ where: { id: profile.orgUnitId }, select: { name: true, officePhone: true } }),
    db.contactServiceCard.findFirst({ where: { personId: profile.personId, purpose: { in: [...FOUR_ONES_CARD_PURPOSES] } }, orderBy: { issuedAt: "asc" } }),
    db.servicePlan.findMany({ where: { profileId: profile.id }, orderBy: { createdAt: "desc" }, take: 20 }),
    listServiceStaff(profile.orgPath),
    listCustodianUnits(profile.orgPath),
  ]);
  const paperFile = readPaperFile(profile.paperFile);
  // Names of people outside the caller's scope (a town reviewer seen by a village clerk) are
  // display names only, looked up by the ids the scoped rows carry.
  const userIds = [...new Set([card?.staffId, ...plans.map((p) => p.responsibleStaffId)].filter((v): v is string => !!v))];
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }) : [];
  const nameOf = (id: string) => users.find((u) => u.id === id)?.displayName ?? "—";
  const activePlan = plans.find((p) => p.status === "ACTIVE") ?? null;
  return {
    profileId: profile.id,
    status: profile.status,
    canWrite: can(scope, "ic.write") && profile.status !== "INACTIVE",
    unit,
    electronicFile: ACTIVE_STATUSES.includes(profile.status),
    paperFile: paperFile && { ...paperFile, custodianName: custodians.find((u) => u.id === paperFile.custodianOrgUnitId)?.name ?? "—" },
    card: card && { ...card, staffName: nameOf(card.staffId) },
    activePlanId: activePlan?.id ?? null,
    plans: plans.map((p) => ({
      ...p,
      startDate: p.startDate.toISOString().slice(0, 10),
      nextReviewDate: p.nextReviewDate.toISOString().slice(0, 10),
      reviews: (p.reviews as PlanReview[] | null) ?? [],
      responsibleName: nameOf(p.responsibleStaffId),
    })),
    staffOptions: staff.map((u) => ({ value: u.id, label: `${u.displayName}（${u.orgUnit.name}）` })),
    custodianOptions: custodians.map((u) => ({ value: u.id, label: u.name })),
  };
}

export type FourOnes = Awaited<ReturnType<typeof getFourOnes>>;
export type FourOnesPlan = FourOnes["plans"][number];
