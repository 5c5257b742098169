import "server-only";
import { getServerSession } from "next-auth";
import { authOptions, ABSOLUTE_SESSION_SECONDS } from "./auth";

export type SessionToken = { userId: string; epoch: number; loginAt: number };

/** The signed-in user's id from the next-auth JWT, or null. Only scope.ts should call this. */
export async function readSessionToken(): Promise<SessionToken | null> {
  const session = await getServerSession(authOptions);
  const u = session?.user as Partial<SessionToken> | undefined;
  if (!u?.userId || typeof u.epoch !== "number" || typeof u.loginAt !== "number") return null;
  // Absolute lifetime: however active the user, a session ends this long after login.
  if (Date.now() - u.loginAt > ABSOLUTE_SESSION_SECONDS * 1000) return null;
  return { userId: u.userId, epoch: u.epoch, loginAt: u.loginAt };
}
