"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import {
  AddImprovementActionInput, AnalysisTextInput, ApproveAnalysisInput, GenerateAnalysisInput, ImprovementActionStatusInput,
} from "../schemas";
import { addImprovementAction, approveAnalysis, generateAnalysis, setImprovementActionStatus, updateAnalysisText } from "./services";

// EVA-06: district and city reviewers write the analysis (eval.analysis); admins only read it.
const analysis = staffAction.metadata({ permission: "eval.analysis" });

export const generateAnalysisAction = analysis.inputSchema(GenerateAnalysisInput).action(async ({ parsedInput, ctx }) => {
  const r = await generateAnalysis(ctx.scope, parsedInput);
  revalidatePath("/evaluation/analysis", "layout");
  return r;
});

export const updateAnalysisTextAction = analysis.inputSchema(AnalysisTextInput).action(async ({ parsedInput, ctx }) => {
  const r = await updateAnalysisText(ctx.scope, parsedInput);
  revalidatePath(`/evaluation/analysis/${parsedInput.id}`);
  return r;
});

export const addImprovementActionAction = analysis.inputSchema(AddImprovementActionInput).action(async ({ parsedInput, ctx }) => {
  const r = await addImprovementAction(ctx.scope, parsedInput);
  revalidatePath(`/evaluation/analysis/${parsedInput.analysisId}`);
  return r;
});

export const setImprovementActionStatusAction = analysis.inputSchema(ImprovementActionStatusInput).action(async ({ parsedInput, ctx }) => {
  const r = await setImprovementActionStatus(ctx.scope, parsedInput);
  revalidatePath("/evaluation/analysis", "layout");
  return r;
});

export const approveAnalysisAction = analysis.inputSchema(ApproveAnalysisInput).action(async ({ parsedInput, ctx }) => {
  const r = await approveAnalysis(ctx.scope, parsedInput);
  revalidatePath(`/evaluation/analysis/${parsedInput.id}`);
  return r;
});
