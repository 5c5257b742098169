import { NextResponse, type NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { can } from "@/lib/core/permissions";
import { lookupPersonByIdNumber } from "@/lib/persons/queries";

// Exact lookup by ID number. A POST, so full ID numbers never land in URLs, browser
// history or access logs; the answer is a 303 to the person or back to the list with a reason.
export async function POST(request: NextRequest) {
  const scope = await getOptionalScope();
  if (!scope) return NextResponse.redirect(new URL("/login", request.url), 303);
  const form = await request.formData();
  const result = can(scope, "person.read") ? await lookupPersonByIdNumber(scope, String(form.get("idNumber") ?? "")) : { kind: "miss" as const };
  const target = result.kind === "found" ? `/persons/${result.personId}` : `/persons?lookup=${result.kind}`;
  return NextResponse.redirect(new URL(target, request.url), 303);
}
