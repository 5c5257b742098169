"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { bulkLoadCalendar, deleteCalendarDay, upsertCalendarDay } from "./services";
import { CalendarBulkInput, CalendarDayDeleteInput, CalendarDayUpsertInput } from "./schemas";

export const upsertCalendarDayAction = staffAction
  .metadata({ permission: "calendar.manage" })
  .inputSchema(CalendarDayUpsertInput)
  .action(async ({ parsedInput, ctx }) => {
    await upsertCalendarDay(ctx.scope, parsedInput);
    revalidatePath("/calendar");
  });

export const deleteCalendarDayAction = staffAction
  .metadata({ permission: "calendar.manage" })
  .inputSchema(CalendarDayDeleteInput)
  .action(async ({ parsedInput, ctx }) => {
    await deleteCalendarDay(ctx.scope, parsedInput);
    revalidatePath("/calendar");
  });

export const bulkLoadCalendarAction = staffAction
  .metadata({ permission: "calendar.manage" })
  .inputSchema(CalendarBulkInput)
  .action(async ({ parsedInput, ctx }) => {
    const result = await bulkLoadCalendar(ctx.scope, parsedInput);
    revalidatePath("/calendar");
    return result;
  });
