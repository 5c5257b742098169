"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { verifyProfile } from "./verification";
import { ProfileVerifyInput } from "./verification-schemas";

export const verifyProfileAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(ProfileVerifyInput)
  .action(async ({ parsedInput, ctx }) => {
    await verifyProfile(ctx.scope, parsedInput);
    revalidatePath(`/ic/${parsedInput.profileId}`);
  });
