"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { commitImportJob } from "./commit";
import { ImportCommitInput } from "./schemas";

export const commitImportAction = staffAction
  .metadata({ permission: "ic.import" })
  .inputSchema(ImportCommitInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await commitImportJob(ctx.scope, parsedInput);
    revalidatePath(`/ic/import/${parsedInput.jobId}`);
    // The person ids stay on the server (ImportJob.result); the page needs only the counts.
    const { createdPersonIds, updatedPersonIds, idConvertedPersonIds, ...counts } = result;
    void createdPersonIds; void updatedPersonIds;
    return { ...counts, idConverted: idConvertedPersonIds.length };
  });
