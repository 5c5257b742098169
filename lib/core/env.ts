import "server-only";

// Secrets come from the environment. scripts/start.ts generates them under .data/ on a first
// embedded start (with a printed warning) so that the zero-setup path works; production sets its own.
export function sessionSecret(): string {
  const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (s) return s;
  if (process.env.NEXT_PHASE === "phase-production-build") return "build-time-placeholder";
  throw new Error("AUTH_SECRET 未设置");
}
