"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { getSlotAvailability } from "./form-options";
import {
  ApproveNonWorkingDayInput, AppointmentReasonInput, AppointmentStepInput, CompleteVideoInput, ConfirmAppointmentInput,
  RequestAppointmentInput, RescheduleAppointmentInput, SlotAvailabilityInput,
} from "./schemas";
import { completeVideoAppointment } from "./services/complete-video";
import { requestAppointment } from "./services/request";
import { rescheduleAppointment } from "./services/reschedule";
import { approveNonWorkingDay, confirmAppointment, reasonStepAppointment, stepAppointment } from "./services/transitions";

function revalidate() {
  revalidatePath("/hall/appointments", "layout");
}

export const requestAppointmentAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RequestAppointmentInput)
  .action(async ({ parsedInput, ctx }) => {
    const a = await requestAppointment(ctx.scope, parsedInput);
    revalidate();
    return { id: a.id };
  });

export const confirmAppointmentAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(ConfirmAppointmentInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await confirmAppointment(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const approveNonWorkingDayAction = staffAction
  .metadata({ permission: "hall.review" })
  .inputSchema(ApproveNonWorkingDayInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await approveNonWorkingDay(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const stepAppointmentAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(AppointmentStepInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await stepAppointment(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const reasonStepAppointmentAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(AppointmentReasonInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await reasonStepAppointment(ctx.scope, parsedInput);
    revalidate();
    return { status };
  });

export const rescheduleAppointmentAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RescheduleAppointmentInput)
  .action(async ({ parsedInput, ctx }) => {
    const next = await rescheduleAppointment(ctx.scope, parsedInput);
    revalidate();
    return { id: next.id };
  });

export const completeVideoAppointmentAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(CompleteVideoInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await completeVideoAppointment(ctx.scope, parsedInput);
    revalidate();
    revalidatePath("/hall/consultations");
    return r;
  });

export const slotAvailabilityAction = staffAction
  .metadata({ permission: "hall.read" })
  .inputSchema(SlotAvailabilityInput)
  .action(async ({ parsedInput, ctx }) => ({ slots: await getSlotAvailability(ctx.scope, parsedInput.windowId, parsedInput.date) }));
