"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { approveChangeSet, createChangeSet, returnChangeSet, withdrawChangeSet } from "./services";
import { ChangeSetApproveInput, ChangeSetCreateInput, ChangeSetRef, ChangeSetReturnInput } from "./schemas";

// The profile page shows the change sets; the queue lists them: both are refreshed on every step.
function refresh() {
  revalidatePath("/ic", "layout");
}

export const createChangeSetAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(ChangeSetCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await createChangeSet(ctx.scope, parsedInput);
    refresh();
    return r;
  });

export const approveChangeSetAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(ChangeSetApproveInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await approveChangeSet(ctx.scope, parsedInput);
    refresh();
    return r;
  });

export const returnChangeSetAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(ChangeSetReturnInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await returnChangeSet(ctx.scope, parsedInput);
    refresh();
    return r;
  });

export const withdrawChangeSetAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(ChangeSetRef)
  .action(async ({ parsedInput, ctx }) => {
    const r = await withdrawChangeSet(ctx.scope, parsedInput);
    refresh();
    return r;
  });
