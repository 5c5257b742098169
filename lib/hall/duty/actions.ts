"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { decideExtendedService } from "./extended";
import { generateWeekRoster, publishWeek, recordDutyLog, updateRosterDay } from "./roster-services";
import { DutyLogInput, ExtendedDecisionInput, RosterDayInput, RosterGenerateInput, RosterWeekInput } from "./schemas";

function revalidateDuty() {
  revalidatePath("/hall/duty");
  revalidatePath("/", "layout");
}

export const generateWeekRosterAction = staffAction
  .metadata({ permission: "hall.roster.manage" })
  .inputSchema(RosterGenerateInput)
  .action(async ({ parsedInput, ctx }) => {
    const rows = await generateWeekRoster(ctx.scope, parsedInput);
    revalidateDuty();
    return { days: rows.length };
  });

export const updateRosterDayAction = staffAction
  .metadata({ permission: "hall.roster.manage" })
  .inputSchema(RosterDayInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await updateRosterDay(ctx.scope, parsedInput);
    revalidateDuty();
    return r;
  });

export const publishWeekAction = staffAction
  .metadata({ permission: "hall.roster.manage" })
  .inputSchema(RosterWeekInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await publishWeek(ctx.scope, parsedInput);
    revalidateDuty();
    return r;
  });

export const recordDutyLogAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(DutyLogInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await recordDutyLog(ctx.scope, parsedInput);
    revalidateDuty();
    return r;
  });

export const decideExtendedServiceAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(ExtendedDecisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const row = await decideExtendedService(ctx.scope, parsedInput);
    revalidateDuty();
    return { id: row.id, decision: row.decision };
  });
