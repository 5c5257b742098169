"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { LeaveDecisionInput, LeaveRefInput, LeaveRequestInput } from "./schemas";
import { cancelLeave, decideLeave, reportReturn, requestLeave } from "./services";

function revalidateLeave() {
  revalidatePath("/hall/leave");
  revalidatePath("/", "layout");
}

export const requestLeaveAction = staffAction
  .metadata({ permission: "hall.presence.self" })
  .inputSchema(LeaveRequestInput)
  .action(async ({ parsedInput, ctx }) => {
    const l = await requestLeave(ctx.scope, parsedInput);
    revalidateLeave();
    return { id: l.id, abConflict: l.abConflict };
  });

export const decideLeaveAction = staffAction
  .metadata({ permission: "hall.review" })
  .inputSchema(LeaveDecisionInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await decideLeave(ctx.scope, parsedInput);
    revalidateLeave();
    return { status };
  });

export const cancelLeaveAction = staffAction
  .metadata({ permission: "hall.presence.self" })
  .inputSchema(LeaveRefInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await cancelLeave(ctx.scope, parsedInput);
    revalidateLeave();
    return { status };
  });

export const reportReturnAction = staffAction
  .metadata({ permission: "hall.presence.self" })
  .inputSchema(LeaveRefInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await reportReturn(ctx.scope, parsedInput);
    revalidateLeave();
    return { status };
  });
