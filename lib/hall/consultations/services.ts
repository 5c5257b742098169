import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { writeAudit } from "@/lib/core/audit";
import { actorOf } from "@/lib/core/actor";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { Conflict, FieldError, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/parse-input";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { Channel, ConsultTopic } from "@/lib/generated/prisma/enums";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { loadPersonInScope } from "@/lib/persons/queries";
import { defaultFollowUpDate, followUpDateRefusal } from "./follow-up-date";
import { followUpRefusal } from "./follow-up-rule";
import { AnswerFollowUpInput, RecordConsultationInput } from "./schemas";

export type ConsultationData = {
  personId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  channel: Channel;
  topic: ConsultTopic;
  question: string;
  answeredOnSpot: boolean;
  answer: string | null;
  notAnsweredReason: string | null;
  followUpDueDate: string | null;
  windowId: string | null;
  appointmentId: string | null;
};

/**
 * Resolves the answer part of a consultation (§7.9.3): on the spot → the answer; otherwise the
 * reason and a reply date that is a future working day (3 working days when none was given).
 */
export async function answerPartOf(
  v: { answeredOnSpot: boolean; answer?: string; notAnsweredReason?: string; followUpDueDate?: string },
  now: Date,
) {
  if (v.answeredOnSpot) return { answer: v.answer ?? null, notAnsweredReason: null, followUpDueDate: null };
  const overrides = await loadOverrides();
  const today = todayInShanghai(now);
  const due = v.followUpDueDate ?? defaultFollowUpDate(today, overrides);
  const refusal = followUpDateRefusal(due, today, overrides);
  if (refusal) throw new FieldError("followUpDueDate", refusal);
  return { answer: null, notAnsweredReason: v.notAnsweredReason ?? null, followUpDueDate: due };
}

/**
 * Writes a consultation owned by the answering staff member's unit, in the caller's transaction
 * (a video appointment's completion records one, §7.2.1 c). The answering user is `scope`'s.
 */
export async function insertConsultation(tx: Tx, scope: Scope, data: ConsultationData, now: Date) {
  const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: scope.orgUnitId }, select: { path: true } });
  const row = await tx.consultation.create({
    data: {
      ...data,
      followUpDueDate: data.followUpDueDate ? toDateColumn(data.followUpDueDate) : null,
      answeredById: scope.userId, askedAt: now, orgUnitId: scope.orgUnitId, orgPath: unit.path,
      createdById: scope.userId, updatedById: scope.userId,
    },
  });
  await writeAudit(tx, actorOf(scope), {
    action: "CREATE", entityType: "Consultation", entityId: row.id, personId: data.personId ?? undefined, orgPath: unit.path,
    diff: { topic: data.topic, channel: data.channel, answeredOnSpot: data.answeredOnSpot, followUpDueDate: data.followUpDueDate },
  });
  return row;
}

/** §7.9.3 / HALL-34: records a consultation at the hall. */
export async function recordConsultation(scope: Scope, raw: RecordConsultationInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(RecordConsultationInput, raw);
  if (input.personId) {
    assertCan(scope, "person.read");
    await loadPersonInScope(scope, input.personId).catch(() => {
      throw new FieldError("personId", "未找到该服务对象，请重新查询");
    });
  }
  if (input.windowId) {
    const window = await scopedDb(scope).serviceWindow.findFirst({ where: { id: input.windowId, orgUnitId: scope.orgUnitId, active: true } });
    if (!window) throw new FieldError("windowId", "请选择本单位在用的窗口");
  }
  const answer = await answerPartOf(input, now);
  return db.$transaction((tx) =>
    insertConsultation(tx, scope, {
      personId: input.personId ?? null, contactName: input.contactName ?? null, contactPhone: input.contactPhone ?? null,
      channel: input.channel, topic: input.topic, question: input.question, answeredOnSpot: input.answeredOnSpot, ...answer,
      windowId: input.windowId ?? null, appointmentId: null,
    }, now),
  );
}

/**
 * The promised reply (R-HALL-4's duty): recorded by the staff member who took the question, or a
 * reviewer of the unit when that person cannot (left, long leave). Recorded once.
 */
export async function answerFollowUp(scope: Scope, raw: AnswerFollowUpInput, now = new Date()) {
  assertCan(scope, "hall.handle");
  const input = parseInput(AnswerFollowUpInput, raw);
  const c = await scopedDb(scope).consultation.findFirst({ where: { id: input.id } });
  if (!c) throw new NotFound("咨询记录不存在或不在您的管辖范围内");
  const refusal = followUpRefusal(scope, c);
  if (refusal) throw refusal.kind === "state" ? new InvalidTransition(refusal.message) : new Forbidden(refusal.message);
  return db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id: c.id, version: input.version, followUpAnsweredAt: null },
      data: { followUpAnswer: input.followUpAnswer, followUpAnsweredAt: now, updatedById: scope.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new Conflict("该咨询记录已被他人更新，请刷新后重试");
    await writeAudit(tx, actorOf(scope), {
      action: "UPDATE", entityType: "Consultation", entityId: c.id, personId: c.personId ?? undefined, orgPath: c.orgPath,
      diff: { followUpAnsweredAt: { from: null, to: now.toISOString() }, onTime: c.followUpDueDate ? todayInShanghai(now) <= c.followUpDueDate.toISOString().slice(0, 10) : null },
    });
    return { version: c.version + 1 };
  });
}
