"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { ComplaintInput, RevealContactInput, StaffEvaluationInput } from "./schemas";
import { enterEvaluation } from "./services/enter-evaluation";
import { recordComplaint } from "./services/record-complaint";
import { revealBadReviewContact } from "./services/reveal-contact";

/** EVA-01 / errata B1: a paper form or a window device rating, entered by staff. */
export const enterEvaluationAction = staffAction
  .metadata({ permission: "eval.enter" })
  .inputSchema(StaffEvaluationInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await enterEvaluation(ctx.scope, parsedInput);
    revalidatePath("/evaluation", "layout");
    return r;
  });

/** AMB-37: a complaint opens a bad-review loop. */
export const recordComplaintAction = staffAction
  .metadata({ permission: "eval.loop" })
  .inputSchema(ComplaintInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await recordComplaint(ctx.scope, parsedInput);
    revalidatePath("/evaluation/bad-reviews");
    return r;
  });

/** shows the client's phone for the revisit, with a reason, audited (never to the evaluated staff). */
export const revealContactAction = staffAction
  .metadata({ permission: "eval.loop" })
  .inputSchema(RevealContactInput)
  .action(async ({ parsedInput, ctx }) => revealBadReviewContact(ctx.scope, parsedInput));
