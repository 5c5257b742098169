"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { RecordReturnVisitInput, SupervisionHandleInput, SupervisionReviewInput, TrackingEntryInput } from "./schemas";
import { recordReturnVisit } from "./return-visit-services";
import { transitionSupervisionTask } from "./supervision-services";
import { recordTrackingEntry } from "./tracking-services";

export const recordTrackingEntryAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(TrackingEntryInput)
  .action(async ({ parsedInput, ctx }) => {
    const entry = await recordTrackingEntry(ctx.scope, parsedInput);
    revalidatePath("/hall/follow-up", "layout");
    revalidatePath(`/hall/cases/${parsedInput.caseId}`);
    return { id: entry.id };
  });

export const recordReturnVisitAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RecordReturnVisitInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await recordReturnVisit(ctx.scope, parsedInput);
    revalidatePath("/hall/follow-up", "layout");
    return r;
  });

/** The supervised unit's steps: start and resolve. */
export const handleSupervisionAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(SupervisionHandleInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await transitionSupervisionTask(ctx.scope, parsedInput);
    revalidatePath("/hall/follow-up", "layout");
    return { status };
  });

/** The reviewer's steps: verify or send back (ORG-30: never the one who resolved it). */
export const reviewSupervisionAction = staffAction
  .metadata({ permission: "hall.review" })
  .inputSchema(SupervisionReviewInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await transitionSupervisionTask(ctx.scope, parsedInput);
    revalidatePath("/hall/follow-up", "layout");
    return { status };
  });
