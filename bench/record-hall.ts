// The service-hall pages the bench worker records (bench/ic-worker.ts): the same lib functions
// the pages call, as the same users, so the "SQL alone" column stays in step with lib/hall.
import { getDeskSummary } from "../lib/desk/queries";
import { getHallDesk } from "../lib/desk/hall-desk";
import { listCases } from "../lib/hall/cases/queries";
import { getCaseDetail } from "../lib/hall/cases/detail";
import { scopeOf, session } from "./worker-session";

/** Keep in step with app/(staff)/page.tsx, hall/cases/page.tsx and hall/cases/[id]/page.tsx. */
export async function hallPages(caseId: string): Promise<Record<string, () => Promise<unknown>>> {
  const [clerk, cityClerk] = await Promise.all([scopeOf("district_clerk"), scopeOf("city_clerk")]);
  return {
    "hall-desk": async () => {
      await session(clerk);
      await Promise.all([getDeskSummary(clerk), getHallDesk(clerk)]);
    },
    "case-list": async () => {
      await session(clerk);
      await listCases(clerk, { page: 1 });
    },
    "case-list-mine": async () => {
      await session(clerk);
      await listCases(clerk, { view: "mine", page: 1 });
    },
    "case-list-city": async () => {
      await session(cityClerk);
      await listCases(cityClerk, { page: 1 });
    },
    "case-detail": async () => {
      await session(clerk);
      await getCaseDetail(clerk, caseId);
    },
  };
}
