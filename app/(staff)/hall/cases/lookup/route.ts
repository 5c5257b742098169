import { NextResponse, type NextRequest } from "next/server";
import { getOptionalScope } from "@/lib/core/scope";
import { can } from "@/lib/core/permissions";
import { lookupCase } from "@/lib/hall/cases/queries";

// HALL-30: find a client's case by ID number, card number or case number. A POST, so full ID
// numbers never land in URLs, history or logs; the answer is a 303 to the case or the client's list.
export async function POST(request: NextRequest) {
  const scope = await getOptionalScope();
  if (!scope) return NextResponse.redirect(new URL("/login", request.url), 303);
  const form = await request.formData();
  const result = can(scope, "hall.read") ? await lookupCase(scope, String(form.get("q") ?? "")) : { kind: "miss" as const };
  const target =
    result.kind === "case" ? `/hall/cases/${result.caseId}` : result.kind === "client" ? `/hall/cases?client=${result.personId}` : `/hall/cases?lookup=${result.kind}`;
  return NextResponse.redirect(new URL(target, request.url), 303);
}
