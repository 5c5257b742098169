import "server-only";
import { db } from "@/lib/core/db";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import type { Scope } from "@/lib/core/scope";
import { answerPartOf, insertConsultation } from "@/lib/hall/consultations/services";
import { CompleteVideoInput } from "../schemas";
import { assertAppointmentVersion, fireAppointment, loadAppointmentInScope } from "./load";

/**
 * §7.2.1 c 远程视频咨询: the staff member who answered records the consultation (channel VIDEO,
 * §7.9.3 on the spot or a reason and a reply date); the appointment completes and links it.
 */
export async function completeVideoAppointment(scope: Scope, raw: CompleteVideoInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(CompleteVideoInput, raw);
  const answer = await answerPartOf(input, now);
  return db.$transaction(async (tx) => {
    const a = await loadAppointmentInScope(scope, input.id, tx);
    assertAppointmentVersion(a, input.version);
    const consultation = await insertConsultation(tx, scope, {
      personId: a.applicantPersonId, contactName: a.agentName, contactPhone: a.contactPhone, channel: "VIDEO", topic: input.topic,
      question: a.topic ?? "远程视频咨询", answeredOnSpot: input.answeredOnSpot, ...answer, windowId: null, appointmentId: a.id,
    }, now);
    const status = await fireAppointment(tx, scope, a, "complete", { now, data: { completedAt: now, consultationId: consultation.id } });
    return { status, consultationId: consultation.id };
  });
}
