import { NextResponse, type NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { can } from "@/lib/core/permissions";
import { lookupPersonByIdNumber } from "@/lib/persons/queries";

// Step 1 of 受理登记: the client by ID number (POST, never in the URL) → the form with their person id.
export async function POST(request: NextRequest) {
  const scope = await getOptionalScope();
  if (!scope) return NextResponse.redirect(new URL("/login", request.url), 303);
  const form = await request.formData();
  const keep = new URLSearchParams();
  for (const key of ["itemCode", "channel", "appointmentId", "consultationId"]) {
    const v = String(form.get(key) ?? "").trim();
    if (v) keep.set(key, v);
  }
  const result = can(scope, "hall.handle") ? await lookupPersonByIdNumber(scope, String(form.get("idNumber") ?? "")) : { kind: "miss" as const };
  if (result.kind === "found") keep.set("personId", result.personId);
  else keep.set("lookup", result.kind);
  return NextResponse.redirect(new URL(`/hall/cases/new?${keep}`, request.url), 303);
}
