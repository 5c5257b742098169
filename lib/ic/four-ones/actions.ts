"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import { issueProfileCard } from "./card";
import { savePaperFile } from "./paper-file";
import { addPlanReview, closeServicePlan, saveServicePlan } from "./plan";
import { CardIssueInput, PaperFileInput, PlanCloseInput, PlanReviewInput, PlanSaveInput } from "./schemas";

// The panel is shown on more than one page (profile detail, review); refresh them all.
const refresh = () => revalidatePath("/", "layout");

export const savePaperFileAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(PaperFileInput)
  .action(async ({ parsedInput, ctx }) => {
    await savePaperFile(ctx.scope, parsedInput);
    refresh();
  });

export const issueProfileCardAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(CardIssueInput)
  .action(async ({ parsedInput, ctx }) => {
    const card = await issueProfileCard(ctx.scope, parsedInput);
    refresh();
    return { cardId: card.id, cardNo: card.cardNo };
  });

export const saveServicePlanAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(PlanSaveInput)
  .action(async ({ parsedInput, ctx }) => {
    const plan = await saveServicePlan(ctx.scope, parsedInput);
    refresh();
    return { planId: plan.id, version: plan.version };
  });

export const addPlanReviewAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(PlanReviewInput)
  .action(async ({ parsedInput, ctx }) => {
    await addPlanReview(ctx.scope, parsedInput);
    refresh();
  });

export const closeServicePlanAction = staffAction
  .metadata({ permission: "ic.write" })
  .inputSchema(PlanCloseInput)
  .action(async ({ parsedInput, ctx }) => {
    await closeServicePlan(ctx.scope, parsedInput);
    refresh();
  });
