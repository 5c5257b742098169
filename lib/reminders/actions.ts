"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { MarkAllRemindersReadInput, MarkReminderReadInput } from "./schemas";
import { markAllRemindersRead, markReminderRead } from "./services";

export const markReminderReadAction = staffAction
  .metadata({ permission: "reminder.read" })
  .inputSchema(MarkReminderReadInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await markReminderRead(ctx.scope, parsedInput);
    revalidatePath("/", "layout");
    return r;
  });

export const markAllRemindersReadAction = staffAction
  .metadata({ permission: "reminder.read" })
  .inputSchema(MarkAllRemindersReadInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await markAllRemindersRead(ctx.scope, parsedInput);
    revalidatePath("/", "layout");
    return r;
  });
