"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import {
  AccompanyInput, CancelAssistInput, CompleteAssistInput, ConfirmHandoverInput, RecordHandoverInput, RegisterAssistInput, StartProxyInput,
  SupplementAssistInput,
} from "./schemas";
import { confirmHandoverSignatures, recordHandover } from "./services/handover";
import { registerAssist } from "./services/register";
import { accompanyAssist, cancelAssist, completeAssist, startProxyProcessing, supplementAssist } from "./services/steps";

function revalidate() {
  revalidatePath("/hall/assist", "layout");
}

export const registerAssistAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RegisterAssistInput)
  .action(async ({ parsedInput, ctx }) => {
    const a = await registerAssist(ctx.scope, parsedInput);
    revalidate();
    return { id: a.id, noticeNo: a.noticeNo };
  });

export const supplementAssistAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(SupplementAssistInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await supplementAssist(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const accompanyAssistAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(AccompanyInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await accompanyAssist(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const startProxyProcessingAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(StartProxyInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await startProxyProcessing(ctx.scope, parsedInput);
    revalidate();
    revalidatePath("/hall/cases");
    return r;
  });

export const recordHandoverAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RecordHandoverInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await recordHandover(ctx.scope, parsedInput);
    revalidate();
    return r;
  });

export const confirmHandoverAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(ConfirmHandoverInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await confirmHandoverSignatures(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const completeAssistAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(CompleteAssistInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await completeAssist(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const cancelAssistAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(CancelAssistInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await cancelAssist(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });
