"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { decideServiceAccess, requestServiceAccess } from "./access";
import { searchTransferTargets } from "./queries";
import { acceptProfileTransfer, cancelProfileTransfer, rejectProfileTransfer, requestProfileTransfer } from "./services";
import { AccessDecisionInput, AccessRequestInput, TransferDecisionInput, TransferRequestInput, TransferTargetSearchInput } from "./schemas";

// A transfer changes which subtree sees a file: the profile page, the lists and the queues.
function refresh() {
  revalidatePath("/ic", "layout");
  revalidatePath("/persons", "layout");
}

export const requestTransferAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(TransferRequestInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await requestProfileTransfer(ctx.scope, parsedInput);
    refresh();
    return r;
  });

export const acceptTransferAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(TransferDecisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await acceptProfileTransfer(ctx.scope, parsedInput);
    refresh();
    return r;
  });

export const rejectTransferAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(TransferDecisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await rejectProfileTransfer(ctx.scope, parsedInput);
    refresh();
    return r;
  });

export const cancelTransferAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(TransferDecisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await cancelProfileTransfer(ctx.scope, parsedInput);
    refresh();
    return r;
  });

export const searchTransferTargetsAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(TransferTargetSearchInput)
  .action(async ({ parsedInput }) => ({ units: await searchTransferTargets(parsedInput.q) }));

export const requestAccessAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(AccessRequestInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await requestServiceAccess(ctx.scope, parsedInput);
    revalidatePath("/ic/transfers");
    return r;
  });

export const decideAccessAction = staffAction
  .metadata({ permission: "ic.review" })
  .inputSchema(AccessDecisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await decideServiceAccess(ctx.scope, parsedInput);
    refresh();
    return r;
  });
