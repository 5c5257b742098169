"use server";
import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/core/action-client";
import {
  CaseTransitionInput, CheckMaterialsInput, CompleteCaseInput, DecideExtensionInput, DecideSecondNoticeInput, IncompleteNoticeInput,
  ReassignCaseInput, RecordSupplementInput, RefuseCaseInput, RegisterCaseInput, RequestExtensionInput, WithdrawCaseInput,
} from "./schemas";
import { registerCase } from "./services/register-case";
import { checkMaterials } from "./services/check-materials";
import { decideSecondNotice, issueIncompleteNotice, refuseCase } from "./services/notices";
import { completeCase, transitionCase, withdrawCase } from "./services/transitions";
import { decideExtension, requestExtension } from "./services/extension";
import { recordSupplement } from "./services/supplement";
import { reassignCase } from "./services/reassign";

const refresh = (caseId?: string) => {
  if (caseId) revalidatePath(`/hall/cases/${caseId}`);
  revalidatePath("/hall/cases");
  revalidatePath("/");
};

export const registerCaseAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RegisterCaseInput)
  .action(async ({ parsedInput, ctx }) => {
    const c = await registerCase(ctx.scope, parsedInput);
    refresh();
    return { id: c.id, caseNo: c.caseNo };
  });

export const checkMaterialsAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(CheckMaterialsInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await checkMaterials(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return r;
  });

export const issueIncompleteNoticeAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(IncompleteNoticeInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await issueIncompleteNotice(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return { noticeId: r.notice.id, noticeStatus: r.notice.status, status: r.status, cardId: r.cardId };
  });

export const refuseCaseAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RefuseCaseInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await refuseCase(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return { noticeId: r.notice.id, status: r.status };
  });

export const transitionCaseAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(CaseTransitionInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await transitionCase(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return { status };
  });

export const completeCaseAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(CompleteCaseInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await completeCase(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return r;
  });

export const withdrawCaseAction = staffAction
  .metadata({ permission: "hall.review" })
  .inputSchema(WithdrawCaseInput)
  .action(async ({ parsedInput, ctx }) => {
    const status = await withdrawCase(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return { status };
  });

export const requestExtensionAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RequestExtensionInput)
  .action(async ({ parsedInput, ctx }) => {
    const ext = await requestExtension(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return { id: ext.id };
  });

export const decideExtensionAction = staffAction
  .metadata({ permission: "hall.review" })
  .inputSchema(DecideExtensionInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await decideExtension(ctx.scope, parsedInput);
    refresh();
    revalidatePath("/hall/review");
    return r;
  });

export const decideSecondNoticeAction = staffAction
  .metadata({ permission: "hall.review" })
  .inputSchema(DecideSecondNoticeInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await decideSecondNotice(ctx.scope, parsedInput);
    refresh();
    revalidatePath("/hall/review");
    return r;
  });

export const recordSupplementAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(RecordSupplementInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await recordSupplement(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return r;
  });

export const reassignCaseAction = staffAction
  .metadata({ permission: "hall.handle" })
  .inputSchema(ReassignCaseInput)
  .action(async ({ parsedInput, ctx }) => {
    const r = await reassignCase(ctx.scope, parsedInput);
    refresh(parsedInput.caseId);
    return r;
  });
