"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { updateSecuritySettings } from "./security";
import { SecuritySettingsInput } from "./schemas";

export const updateSecuritySettingsAction = staffAction
  .metadata({ permission: "config.manage" })
  .inputSchema(SecuritySettingsInput)
  .action(async ({ parsedInput, ctx }) => {
    await updateSecuritySettings(ctx.scope, parsedInput);
    revalidatePath("/settings");
  });
