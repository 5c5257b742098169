// Liveness only: answers without touching the database, so a slow DB does not get the process restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
