"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { removeAttachment, setDocumentStatus, setOriginalSighted } from "./services";
import { AttachmentRemoveInput, DocumentStatusInput, OriginalSightedInput } from "./schemas";

// The profile pages live under several routes (profile detail, review queue); revalidating the
// layout of the staff group refreshes whichever one shows the checklist.
const refresh = () => revalidatePath("/", "layout");

export const setDocumentStatusAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(DocumentStatusInput)
  .action(async ({ parsedInput, ctx }) => {
    await setDocumentStatus(ctx.scope, parsedInput);
    refresh();
  });

/** ic.read: reviewers tick originals too; the service decides by status (canSightOriginals). */
export const setOriginalSightedAction = staffAction
  .metadata({ permission: "ic.read" })
  .inputSchema(OriginalSightedInput)
  .action(async ({ parsedInput, ctx }) => {
    await setOriginalSighted(ctx.scope, parsedInput);
    refresh();
  });

export const removeAttachmentAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(AttachmentRemoveInput)
  .action(async ({ parsedInput, ctx }) => {
    await removeAttachment(ctx.scope, parsedInput);
    refresh();
  });
