import "server-only";
import { db } from "@/lib/core/db";

/** Display names of staff for the ledgers (names of colleagues are not personal data to mask). */
export async function userNamesOf(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
