import { z } from "zod";

export const SecuritySettingsInput = z.object({
  totpRequiredRoles: z.array(z.enum(["CLERK", "REVIEWER", "ADMIN"])),
});
export type SecuritySettingsInput = z.infer<typeof SecuritySettingsInput>;
