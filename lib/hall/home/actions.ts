"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { ApproveHomeExceptionInput, DecideEligibilityInput, HomeRef, RecordVisitInput, RequestHomeServiceInput, ScheduleHomeInput } from "./schemas";
import { approveHomeException, decideEligibility, scheduleHome } from "./services/decide";
import { requestHomeService } from "./services/request";
import { advanceHomeCase, closeHome, recordVisit } from "./services/visit";

function revalidate() {
  revalidatePath("/hall/home", "layout");
}

export const requestHomeServiceAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RequestHomeServiceInput)
  .action(async ({ parsedInput, ctx }) => {
    const h = await requestHomeService(ctx.scope, parsedInput);
    revalidate();
    return { id: h.id };
  });

export const decideEligibilityAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(DecideEligibilityInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await decideEligibility(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const approveHomeExceptionAction = staffAction
  .metadata({ permission: "hall.review" })
  .inputSchema(ApproveHomeExceptionInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await approveHomeException(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const scheduleHomeAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(ScheduleHomeInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await scheduleHome(ctx.scope, parsedInput);
    revalidate();
    return r;
  });

export const recordVisitAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RecordVisitInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await recordVisit(ctx.scope, parsedInput);
    revalidate();
    revalidatePath("/hall/assist");
    revalidatePath("/hall/cases");
    return r;
  });

export const advanceHomeCaseAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(HomeRef)
  .action(async ({ parsedInput, ctx }) => {
    const r = await advanceHomeCase(ctx.scope, parsedInput);
    revalidate();
    revalidatePath("/hall/cases");
    return r;
  });

export const closeHomeAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(HomeRef)
  .action(async ({ parsedInput, ctx }) => {
    const status = await closeHome(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });
