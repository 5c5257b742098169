"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import {
  CloseBadReviewInput, ConfirmValidInput, DecideInvalidInput, MarkInvalidInput, RectifyInput, RevisitAttemptInput, RevisitInput, TakeBadReviewInput,
} from "./schemas";
import {
  closeBadReview, confirmBadReviewValid, decideBadReviewInvalid, markBadReviewInvalid, recordBadReviewRevisit, rectifyBadReview, takeBadReview,
} from "./services/advance-bad-review";
import { recordRevisitAttempt } from "./services/record-revisit-attempt";

// The steps of the §9.2.1 loop. Who may fire which step is the workflow table's business
// (bad-review-workflow.ts); the permission here only admits loop workers at all.

function refresh(id: string) {
  revalidatePath(`/evaluation/bad-reviews/${id}`);
  revalidatePath("/evaluation/bad-reviews");
}

const loop = staffAction.metadata({ permission: "eval.loop" });

export const takeBadReviewAction = loop.inputSchema(TakeBadReviewInput).action(async ({ parsedInput, ctx }) => {
  const r = await takeBadReview(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});

export const markInvalidAction = loop.inputSchema(MarkInvalidInput).action(async ({ parsedInput, ctx }) => {
  const r = await markBadReviewInvalid(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});

export const decideInvalidAction = loop.inputSchema(DecideInvalidInput).action(async ({ parsedInput, ctx }) => {
  const r = await decideBadReviewInvalid(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});

export const confirmValidAction = loop.inputSchema(ConfirmValidInput).action(async ({ parsedInput, ctx }) => {
  const r = await confirmBadReviewValid(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});

export const rectifyAction = loop.inputSchema(RectifyInput).action(async ({ parsedInput, ctx }) => {
  const r = await rectifyBadReview(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});

export const revisitAction = loop.inputSchema(RevisitInput).action(async ({ parsedInput, ctx }) => {
  const r = await recordBadReviewRevisit(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});

/** "记录一次未联系上": counted by the server, no state change. */
export const revisitAttemptAction = loop.inputSchema(RevisitAttemptInput).action(async ({ parsedInput, ctx }) => {
  const r = await recordRevisitAttempt(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});

export const closeBadReviewAction = loop.inputSchema(CloseBadReviewInput).action(async ({ parsedInput, ctx }) => {
  const r = await closeBadReview(ctx.scope, parsedInput);
  refresh(parsedInput.id);
  return r;
});
