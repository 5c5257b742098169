import "server-only";
import { db } from "@/lib/core/db";

/**
 * Runs `fn` while holding a transaction-scoped advisory lock on `key`. For a step that calls the
 * case engine (which runs its own transactions) and then links the case: two clicks on the same
 * record queue here, and the second finds the record's version moved on (a Conflict), so one
 * record never gets two cases. `fn` must not use the lock's transaction.
 */
export async function withEntityLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      return fn();
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
