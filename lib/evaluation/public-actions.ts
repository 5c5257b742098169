"use server";
import { publicAction } from "@/lib/core/action-client";
import { getOptionalScope } from "@/lib/core/scope";
import { submitPublicEvaluation } from "./public-evaluation";
import { PublicEvaluationInput } from "./schemas";

/**
 * EVA-01: the QR page's submit — no session needed, rate-limited to 10 per 10 minutes per client
 * (when its address is trusted, else a shared ceiling) and per token (guessing one is pointless).
 * A staff session in the same browser is refused (the client rates, not the clerk).
 */
export const submitPublicEvaluationAction = publicAction
  .metadata({ publicAction: "evaluation.submit", rateLimit: { points: 10, perSeconds: 600, perInputKey: "token" } })
  .inputSchema(PublicEvaluationInput)
  .action(async ({ parsedInput }) => submitPublicEvaluation(await getOptionalScope(), parsedInput));
