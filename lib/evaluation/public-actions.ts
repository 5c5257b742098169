"use server";
import { publicAction } from "@/lib/core/action-client";
import { submitPublicEvaluation } from "./public-evaluation";
import { PublicEvaluationInput } from "./schemas";

/** EVA-01: the QR page's submit — no session, rate-limited per client IP (10 per 10 minutes). */
export const submitPublicEvaluationAction = publicAction
  .metadata({ publicAction: "evaluation.submit", rateLimit: { points: 10, perSeconds: 600 } })
  .inputSchema(PublicEvaluationInput)
  .action(async ({ parsedInput }) => submitPublicEvaluation(parsedInput));
