import "server-only";
import { can } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { getMyCaseQueue } from "@/lib/hall/cases/queries";

/**
 * 我的工作台 — the hall part for window staff: my open cases by due date with supplements
 * waiting first, and the cases I stand in for. One function, so the page and the bench run the same reads.
 */
export async function getHallDesk(scope: Scope) {
  if (!can(scope, "hall.handle")) return null;
  const queue = await getMyCaseQueue(scope);
  return { queue };
}
export type HallDesk = NonNullable<Awaited<ReturnType<typeof getHallDesk>>>;
