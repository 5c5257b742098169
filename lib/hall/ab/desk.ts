import "server-only";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { staffRefs } from "@/lib/hall/windows/queries";
import { presenceOf } from "@/lib/hall/cases/responsibility";
import { db } from "@/lib/core/db";
import { pairsOfUser } from "./my-pairs";
import { listHandoversToMe } from "./queries";

/**
 * The A/B widget of 我的工作台 (SPEC §4.7 "A/B status"): the windows where the caller is A or B
 * today with the counterpart's presence, the caller's own presence, and the hand-overs waiting
 * for the caller's acknowledgement (ORG-44).
 */
export async function getAbStatus(scope: Scope) {
  assertCan(scope, "hall.presence.self");
  const pairs = await pairsOfUser(scope.userId);
  const [staff, mine, handoversToAcknowledge] = await Promise.all([
    staffRefs(pairs.map((p) => p.counterpartId)),
    presenceOf(db, [scope.userId]),
    listHandoversToMe(scope),
  ]);
  return {
    windows: pairs.map((p) => ({
      windowNo: p.window.windowNo,
      name: p.window.name,
      myRole: p.myRole,
      // A counterpart missing from staffRefs is deactivated: nobody answers for that role (ORG-40).
      counterpart: staff.get(p.counterpartId) ?? { id: p.counterpartId, name: "—", presence: "OFF" as const },
    })),
    myPresence: mine.get(scope.userId) ?? "ON_DUTY",
    handoversToAcknowledge,
  };
}
