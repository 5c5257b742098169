"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { findClientByIdNumber } from "./client-lookup";
import { AnswerFollowUpInput, ClientLookupInput, RecordConsultationInput } from "./schemas";
import { answerFollowUp, recordConsultation } from "./services";

export const recordConsultationAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RecordConsultationInput)
  .action(async ({ parsedInput, ctx }) => {
    const row = await recordConsultation(ctx.scope, parsedInput);
    revalidatePath("/hall/consultations");
    return { id: row.id };
  });

export const answerFollowUpAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(AnswerFollowUpInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await answerFollowUp(ctx.scope, parsedInput);
    revalidatePath("/hall/consultations", "layout");
    return r;
  });

/** The hall forms' client picker: the ID number travels in the action's POST body, never a URL. */
export const lookupClientAction = staffAction
  .metadata({ permission: "person.read" })
  .inputSchema(ClientLookupInput)
  .action(async ({ parsedInput, ctx }) => findClientByIdNumber(ctx.scope, parsedInput.idNumber));
