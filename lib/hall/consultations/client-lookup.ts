import "server-only";
import { assertCan } from "@/lib/core/permissions";
import { scopedDb, type Scope } from "@/lib/core/scope";
import { lookupPersonByIdNumber } from "@/lib/persons/queries";

/** What a hall form shows of the chosen client: never the full ID number. */
export type ClientSummary = { id: string; name: string; idMasked: string; unitName: string; isDeceased: boolean };

/**
 * The person pickers of the consultation, appointment, home and assist forms: an exact lookup by
 * ID number through the blind index, within the caller's scope only (X-20, ORG-23).
 */
export async function findClientByIdNumber(scope: Scope, idNumber: string): Promise<{ client: ClientSummary } | { message: string }> {
  assertCan(scope, "person.read");
  const r = await lookupPersonByIdNumber(scope, idNumber);
  if (r.kind === "invalid") return { message: "身份证号格式或校验位错误" };
  if (r.kind === "miss") return { message: "本辖区未登记该身份证号的人员，请先在“人员”中登记" };
  return { client: (await getClientSummary(scope, r.personId))! };
}

/** A client chosen earlier (e.g. `?personId=` from a link), or null when absent or out of scope. */
export async function getClientSummary(scope: Scope, personId: string | undefined): Promise<ClientSummary | null> {
  if (!personId) return null;
  const p = await scopedDb(scope).person.findFirst({
    where: { id: personId, deletedAt: null },
    select: { id: true, name: true, idMasked: true, isDeceased: true, orgUnit: { select: { name: true } } },
  });
  return p ? { id: p.id, name: p.name, idMasked: p.idMasked, isDeceased: p.isDeceased, unitName: p.orgUnit.name } : null;
}
