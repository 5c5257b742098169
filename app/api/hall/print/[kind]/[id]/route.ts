import { printRoute } from "@/lib/core/pdf/print-route";
import { printContactCard } from "@/lib/ic/print/card-print";
import { printNotice } from "@/lib/hall/cases/print/print-notice";

// X-50 printables of the service hall: notice = 一次性告知单 (§7.6), card = the case's 联系服务卡 (§7.8.2).
export const POST = printRoute({ notice: printNotice, card: printContactCard });
