"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { createPerson, revealPersonField, updatePersonContact } from "./services";
import { PersonContactUpdateInput, PersonCreateInput, RevealInput } from "./schemas";

/** when the ID already exists in scope, the form is sent to the existing person instead. */
export const createPersonAction = staffAction
  .metadata({ permission: "person.write" })
  .inputSchema(PersonCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createPerson(ctx.scope, parsedInput);
    if (result.created) revalidatePath("/persons");
    return result;
  });

export const updatePersonContactAction = staffAction
  .metadata({ permission: "person.write" })
  .inputSchema(PersonContactUpdateInput)
  .action(async ({ parsedInput, ctx }) => {
    await updatePersonContact(ctx.scope, parsedInput);
    revalidatePath(`/persons/${parsedInput.id}`);
  });

export const revealPersonFieldAction = staffAction
  .metadata({ permission: "person.reveal" })
  .inputSchema(RevealInput)
  .action(async ({ parsedInput, ctx }) => ({ value: await revealPersonField(ctx.scope, parsedInput) }));
