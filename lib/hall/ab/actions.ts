"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { createAssignment, endAssignment } from "./assignments";
import { acknowledgeHandover, setMyPresence } from "./presence";
import { AssignmentCreateInput, AssignmentEndInput, HandoverAckInput, PresenceInput } from "./schemas";

export const createAssignmentAction = staffAction
  .metadata({ permission: "hall.roster.manage" })
  .inputSchema(AssignmentCreateInput)
  .action(async ({ parsedInput, ctx }) => {
    const a = await createAssignment(ctx.scope, parsedInput);
    revalidatePath("/hall/windows", "layout");
    return { id: a.id };
  });

export const endAssignmentAction = staffAction
  .metadata({ permission: "hall.roster.manage" })
  .inputSchema(AssignmentEndInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await endAssignment(ctx.scope, parsedInput);
    revalidatePath("/hall/windows", "layout");
    return r;
  });

export const setMyPresenceAction = staffAction
  .metadata({ permission: "hall.presence.self" })
  .inputSchema(PresenceInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await setMyPresence(ctx.scope, parsedInput);
    revalidatePath("/", "layout");
    return r;
  });

export const acknowledgeHandoverAction = staffAction
  .metadata({ permission: "hall.presence.self" })
  .inputSchema(HandoverAckInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await acknowledgeHandover(ctx.scope, parsedInput);
    revalidatePath("/", "layout");
    return r;
  });
