import { can } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";

type FollowUpState = { answeredOnSpot: boolean; followUpAnsweredAt: Date | null; answeredById: string };

/**
 * §7.9.3 答复 of a consultation not answered on the spot: by the staff member who took it, or a
 * reviewer standing in when they are away. One rule for the service and the page's `can.answer`.
 */
export function followUpRefusal(scope: Scope, c: FollowUpState): { kind: "state" | "permission"; message: string } | null {
  if (c.answeredOnSpot) return { kind: "state", message: "该咨询已当场解答，无需再答复" };
  if (c.followUpAnsweredAt) return { kind: "state", message: "该咨询已答复" };
  if (!can(scope, "hall.handle")) return { kind: "permission", message: "您的角色不能答复咨询" };
  if (c.answeredById !== scope.userId && !can(scope, "hall.review")) {
    return { kind: "permission", message: "由接待该咨询的工作人员答复；其不在岗时可由审核人员代为答复" };
  }
  return null;
}
