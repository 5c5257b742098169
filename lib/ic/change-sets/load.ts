import "server-only";
import { NotFound } from "@/lib/core/errors";
import { scopedDb, type Scope } from "@/lib/core/scope";

/** A change set through the caller's scope (it carries its profile's orgPath), with its profile. */
export async function loadChangeSetInScope(scope: Scope, changeSetId: string) {
  const cs = await scopedDb(scope).profileChangeSet.findFirst({
    where: { id: changeSetId },
    include: { profile: { select: { id: true, orgUnitId: true, personId: true, status: true } } },
  });
  if (!cs) throw new NotFound("变更申请不存在或不在您的管辖范围内");
  return cs;
}

export type LoadedChangeSet = Awaited<ReturnType<typeof loadChangeSetInScope>>;
