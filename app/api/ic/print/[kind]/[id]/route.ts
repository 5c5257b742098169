import { printRoute } from "@/lib/core/pdf/print-route";
import { printCoverSheet } from "@/lib/ic/print/cover-sheet";
import { printContactCard } from "@/lib/ic/print/card-print";

// X-50 printables of information collection: the profile cover sheet and the contact-service card.
export const POST = printRoute({ cover: printCoverSheet, card: printContactCard });
