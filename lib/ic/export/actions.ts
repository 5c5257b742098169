"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { createProvincialBatch } from "./provincial-batch";
import { acknowledgeBatch, recordProvincialRejection } from "./provincial-reject";
import { BatchAcknowledgeInput, ProvincialBatchInput, ProvincialRejectInput } from "./schemas";

/** Returns the one-time password to the requester only; it is never stored or logged. */
export const createProvincialBatchAction = staffAction
  .metadata({ permission: "ic.provincialExport" })
  .inputSchema(ProvincialBatchInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createProvincialBatch(ctx.scope, parsedInput);
    revalidatePath("/ic/exports");
    return result;
  });

export const recordProvincialRejectionAction = staffAction
  .metadata({ permission: "ic.provincialExport" })
  .inputSchema(ProvincialRejectInput)
  .action(async ({ parsedInput, ctx }) => {
    await recordProvincialRejection(ctx.scope, parsedInput);
    revalidatePath(`/ic/exports/${parsedInput.batchId}`);
  });

export const acknowledgeBatchAction = staffAction
  .metadata({ permission: "ic.provincialExport" })
  .inputSchema(BatchAcknowledgeInput)
  .action(async ({ parsedInput, ctx }) => {
    await acknowledgeBatch(ctx.scope, parsedInput);
    revalidatePath(`/ic/exports/${parsedInput.batchId}`);
  });
