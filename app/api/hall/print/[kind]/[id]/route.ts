import { printRoute } from "@/lib/core/pdf/print-route";
import { printContactCard } from "@/lib/ic/print/card-print";
import { printNotice } from "@/lib/hall/cases/print/print-notice";
import { printLunchRosterById } from "@/lib/hall/duty/roster-pdf";
import { printHomeRecord } from "@/lib/hall/home/print";
import { printEntrustment, printHandover } from "@/lib/hall/assist/print";

// X-50 printables of the service hall, POST /api/hall/print/<kind>/<id>:
// notice = 一次性告知单 (§7.6), card = the case's 联系服务卡 (§7.8.2), roster = 午间值班表 (§7.1.2,
// id <unitId>_<weekStart>), home = 上门服务记录单 (§7.3.3), entrust = 帮办代办委托登记表 and
// handover-in / handover-out = 材料交接单 (§7.5.3).
export const POST = printRoute({
  notice: printNotice,
  card: printContactCard,
  roster: printLunchRosterById,
  home: printHomeRecord,
  entrust: printEntrustment,
  "handover-in": (scope, id, origin) => printHandover(scope, id, "IN", origin),
  "handover-out": (scope, id, origin) => printHandover(scope, id, "OUT", origin),
});
