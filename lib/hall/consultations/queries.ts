import "server-only";
import { loadOverrides } from "@/lib/core/calendar";
import { todayInShanghai } from "@/lib/core/calendar-math";
import { NotFound } from "@/lib/core/errors";
import { maskMobile } from "@/lib/core/mask";
import { assertCan, can } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import type { ConsultTopic, Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn } from "@/lib/hall/cases/due-date";
import { defaultFollowUpDate } from "./follow-up-date";
import { followUpRefusal } from "./follow-up-rule";
import { CONSULT_TOPICS } from "./schemas";

const PAGE_SIZE = 50;

export type ConsultationFilter = { topic?: string; onSpot?: string; followUp?: string; page?: number };

function whereOf(f: ConsultationFilter, today: string): Prisma.ConsultationWhereInput {
  const topic = CONSULT_TOPICS.find((t) => t === f.topic) as ConsultTopic | undefined;
  const where: Prisma.ConsultationWhereInput = {};
  if (topic) where.topic = topic;
  if (f.onSpot === "yes") where.answeredOnSpot = true;
  if (f.onSpot === "no") where.answeredOnSpot = false;
  if (f.followUp === "pending") Object.assign(where, { answeredOnSpot: false, followUpAnsweredAt: null });
  if (f.followUp === "due") Object.assign(where, { answeredOnSpot: false, followUpAnsweredAt: null, followUpDueDate: { lte: toDateColumn(today) } });
  if (f.followUp === "answered") Object.assign(where, { answeredOnSpot: false, followUpAnsweredAt: { not: null } });
  return where;
}

/** The scoped, masked consultation list, newest first; no whole-table COUNT. */
export async function listConsultations(scope: Scope, f: ConsultationFilter, now = new Date()) {
  assertCan(scope, "hall.read");
  const page = Math.max(1, Math.floor(f.page ?? 1));
  const today = todayInShanghai(now);
  const rows = await scopedDb(scope).consultation.findMany({
    where: whereOf(f, today),
    orderBy: [{ askedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: {
      id: true, askedAt: true, topic: true, channel: true, question: true, answeredOnSpot: true, followUpDueDate: true,
      followUpAnsweredAt: true, contactName: true, contactPhone: true, personId: true, answeredById: true, caseId: true,
    },
  });
  const shown = rows.slice(0, PAGE_SIZE);
  const sdb = scopedDb(scope);
  const personIds = [...new Set(shown.map((r) => r.personId).filter((x): x is string => !!x))];
  const staffIds = [...new Set(shown.map((r) => r.answeredById))];
  const [persons, staff] = await Promise.all([
    sdb.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true, idMasked: true } }),
    sdb.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } }),
  ]);
  const personOf = new Map(persons.map((p) => [p.id, p]));
  const staffOf = new Map(staff.map((s) => [s.id, s.displayName]));
  return {
    page,
    hasNext: rows.length > PAGE_SIZE,
    today,
    rows: shown.map((r) => ({
      ...r,
      question: r.question.length > 60 ? `${r.question.slice(0, 60)}…` : r.question,
      contactPhone: r.contactPhone ? maskMobile(r.contactPhone) : null,
      person: r.personId ? (personOf.get(r.personId) ?? null) : null,
      answeredByName: staffOf.get(r.answeredById) ?? "—",
    })),
  };
}

/** One consultation with who took it; the contact phone stays masked. */
export async function getConsultation(scope: Scope, id: string) {
  assertCan(scope, "hall.read");
  const sdb = scopedDb(scope);
  const c = await sdb.consultation.findFirst({ where: { id } });
  if (!c) throw new NotFound("咨询记录不存在或不在您的管辖范围内");
  const [person, staff, window, unit] = await Promise.all([
    c.personId ? sdb.person.findFirst({ where: { id: c.personId }, select: { id: true, name: true, idMasked: true } }) : null,
    sdb.user.findFirst({ where: { id: c.answeredById }, select: { displayName: true } }),
    c.windowId ? sdb.serviceWindow.findFirst({ where: { id: c.windowId }, select: { windowNo: true, name: true } }) : null,
    sdb.orgUnit.findFirst({ where: { id: c.orgUnitId }, select: { name: true } }),
  ]);
  return {
    ...c,
    contactPhone: c.contactPhone ? maskMobile(c.contactPhone) : null,
    person,
    answeredByName: staff?.displayName ?? "—",
    window,
    unitName: unit?.name ?? "—",
    can: {
      answer: followUpRefusal(scope, c) === null,
      // A consultation leads to at most one case (registerCase links it); an anonymous one needs the person registered first.
      startCase: !!person && !c.caseId && can(scope, "hall.handle"),
    },
  };
}

/** What the new-consultation form needs: the unit's windows and the default reply date. */
export async function getConsultationFormOptions(scope: Scope, now = new Date()) {
  assertCan(scope, "hall.handle");
  const windows = await scopedDb(scope).serviceWindow.findMany({
    where: { orgUnitId: scope.orgUnitId, active: true },
    orderBy: { windowNo: "asc" },
    select: { id: true, windowNo: true, name: true },
  });
  return { windows, defaultFollowUpDate: defaultFollowUpDate(todayInShanghai(now), await loadOverrides()) };
}
