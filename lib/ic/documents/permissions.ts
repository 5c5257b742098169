import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/core/permissions";
import { isDocEditable } from "./rules";

/**
 * Who may tick 原件已核验 (§3.1.2 `originalSighted`): the collector while the file is editable,
 * and reviewers at any later step (they hold the originals at the counter), never on INACTIVE.
 */
export function canSightOriginals(actor: Actor, status: ProfileStatus): boolean {
  if (status === "INACTIVE") return false;
  if (isDocEditable(status)) return can(actor, "ic.write");
  return can(actor, "ic.review");
}
