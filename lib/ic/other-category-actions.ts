"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { consentOtherCategory, OtherCategoryConsentInput } from "./other-category";

export const consentOtherCategoryAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(OtherCategoryConsentInput)
  .action(async ({ parsedInput, ctx }) => {
    await consentOtherCategory(ctx.scope, parsedInput);
    revalidatePath(`/ic/${parsedInput.profileId}`);
  });
