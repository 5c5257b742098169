"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { batchApproveCity } from "./batch";
import { approveProfile, deactivateProfile, returnProfile, submitProfile } from "./services";
import { ApproveProfileInput, BatchApproveInput, DeactivateProfileInput, ProfileRef, ReturnProfileInput } from "./schemas";

function refresh(profileId?: string) {
  if (profileId) revalidatePath(`/ic/${profileId}`);
  revalidatePath("/ic/review");
}

export const submitProfileAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(ProfileRef)
  .action(async ({ parsedInput, ctx }) => {
    const r = await submitProfile(ctx.scope, parsedInput);
    refresh(r.profileId);
    return r;
  });

export const approveProfileAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(ApproveProfileInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await approveProfile(ctx.scope, parsedInput);
    refresh(r.profileId);
    return r;
  });

export const returnProfileAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(ReturnProfileInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await returnProfile(ctx.scope, parsedInput);
    refresh(r.profileId);
    return r;
  });

export const deactivateProfileAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(DeactivateProfileInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await deactivateProfile(ctx.scope, parsedInput);
    refresh(r.profileId);
    return r;
  });

export const batchApproveCityAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(BatchApproveInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await batchApproveCity(ctx.scope, parsedInput);
    refresh();
    return r;
  });
