"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { findPersonIdByIdNumber } from "@/lib/persons/queries";
import { duplicateMessage, findDuplicate } from "@/lib/persons/services";
import { createPersonAndProfile, createProfile, saveProfileGroup, updateCategories } from "./profile-services";
import { PersonAndProfileCreateInput, ProfileCreateInput, ProfileLookupInput, SaveProfileGroupInput, UpdateCategoriesInput } from "./profile-schemas";
import { loadPersonSummary } from "./profile-queries";

export const createProfileAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(ProfileCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createProfile(ctx.scope, parsedInput);
    revalidatePath("/ic");
    return result;
  });

export const createPersonAndProfileAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(PersonAndProfileCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createPersonAndProfile(ctx.scope, parsedInput);
    revalidatePath("/ic");
    revalidatePath("/persons");
    return result;
  });

/**
 * Step 1 of /ic/new. A server action (a POST), so the full ID number never lands in a URL. Out of
 * scope only the owning unit is told (ORG-23).
 */
export const lookupPersonForProfileAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(ProfileLookupInput)
  .action(async ({ parsedInput, ctx }) => {
    const personId = await findPersonIdByIdNumber(ctx.scope, parsedInput.idNumber);
    if (personId) return { kind: "found" as const, person: await loadPersonSummary(ctx.scope, personId) };
    const dup = await findDuplicate(ctx.scope, parsedInput.idNumber);
    if (dup?.kind === "out-of-scope") return { kind: "out-of-scope" as const, message: duplicateMessage(dup) };
    return { kind: "miss" as const };
  });

export const saveProfileGroupAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(SaveProfileGroupInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await saveProfileGroup(ctx.scope, parsedInput);
    revalidatePath(`/ic/${parsedInput.profileId}`);
    return result;
  });

export const updateCategoriesAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(UpdateCategoriesInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateCategories(ctx.scope, parsedInput);
    revalidatePath(`/ic/${parsedInput.profileId}`);
    return result;
  });
