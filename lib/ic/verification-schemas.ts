import { z } from "zod";

/** IC-20 annual verification; shared by the form and the action (client-safe). */
export const ProfileVerifyInput = z.object({
  profileId: z.string().min(1),
  version: z.number().int().nonnegative(),
  note: z.string().trim().max(200, "说明不超过200字").optional(),
});
export type ProfileVerifyInput = z.input<typeof ProfileVerifyInput>;
