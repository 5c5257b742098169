import "server-only";
import type { Db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// X-41 "exactly once, even with two app instances on one database": a run claims its slot by
// inserting the SchedulerRun(job, slot) row; the primary key lets exactly one INSERT succeed and
// every other instance skips. A claim can be taken over only when its run is known to have
// failed (result.ok = false) or has been silent for 30 minutes (a crashed instance), a few times
// at most; the UPDATE re-checks that condition under the row lock, so again only one wins.

const STALE_MINUTES = 30;
const MAX_ATTEMPTS = 5;

export type Claim = { job: string; slot: string; attempt: number };

export async function claimSlot(db: Db, job: string, slot: string, instance: string): Promise<Claim | null> {
  const who = instance.slice(0, 60);
  const inserted = await db.$queryRaw<{ attempt: number }[]>`
    INSERT INTO "SchedulerRun" ("job", "slot", "startedAt", "instance", "result")
    VALUES (${job}, ${slot}, now(), ${who}, '{"attempt": 1}'::jsonb)
    ON CONFLICT ("job", "slot") DO NOTHING
    RETURNING 1 AS attempt`;
  if (inserted.length) return { job, slot, attempt: 1 };
  const taken = await db.$queryRaw<{ attempt: number }[]>`
    UPDATE "SchedulerRun"
    SET "instance" = ${who}, "startedAt" = now(), "finishedAt" = NULL,
        "result" = jsonb_build_object('attempt', COALESCE(("result"->>'attempt')::int, 1) + 1)
    WHERE "job" = ${job} AND "slot" = ${slot}
      AND COALESCE(("result"->>'attempt')::int, 1) < ${MAX_ATTEMPTS}
      AND (("finishedAt" IS NULL AND "startedAt" < now() - make_interval(mins => ${STALE_MINUTES}))
        OR ("finishedAt" IS NOT NULL AND "result"->>'ok' = 'false'))
    RETURNING ("result"->>'attempt')::int AS attempt`;
  return taken.length ? { job, slot, attempt: Number(taken[0].attempt) } : null;
}

export async function finishSlot(db: Db, claim: Claim, result: Prisma.InputJsonObject): Promise<void> {
  await db.schedulerRun.update({
    where: { job_slot: { job: claim.job, slot: claim.slot } },
    data: { finishedAt: new Date(), result: { ...result, attempt: claim.attempt } },
  });
}
