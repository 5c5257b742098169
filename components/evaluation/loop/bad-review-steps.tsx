import { Card, CardContent, CardHeader } from "@/components/ui/card";
import type { BadReviewAction } from "@/lib/evaluation/bad-review-workflow";
import { CloseForm } from "./close-form";
import { RectifyForm } from "./rectify-form";
import { RevisitForm } from "./revisit-form";
import { TakeButton } from "./take-button";
import { ConfirmValidForm, DecideInvalidForm, MarkInvalidForm } from "./verify-forms";

type Props = {
  id: string;
  version: number;
  steps: { action: BadReviewAction; label: string }[];
  anonymous: boolean;
  revisitAttempts: number;
};

/** The step forms the workflow engine offers this user (availableTransitions); the server re-checks. */
export function BadReviewSteps({ id, version, steps, anonymous, revisitAttempts }: Props) {
  if (steps.length === 0) return null;
  const has = (a: BadReviewAction) => steps.some((s) => s.action === a);
  const ref = { id, version };
  return (
    <Card data-testid="loop-steps">
      <CardHeader title="办理" description="本环节您可以办理的操作" />
      <CardContent className="flex flex-col gap-6 divide-y divide-slate-100 [&>*:not(:first-child)]:pt-6">
        {has("take") && <TakeButton {...ref} label={steps.find((s) => s.action === "take")!.label} />}
        {has("confirmValid") && <ConfirmValidForm {...ref} />}
        {has("markInvalid") && <MarkInvalidForm {...ref} />}
        {(has("confirmInvalid") || has("rejectInvalid")) && <DecideInvalidForm {...ref} />}
        {(has("rectify") || has("rectifyAnonymous")) && <RectifyForm {...ref} anonymous={anonymous} />}
        {(has("revisitSatisfied") || has("revisitDissatisfied")) && <RevisitForm {...ref} attempts={revisitAttempts} />}
        {has("close") && <CloseForm {...ref} />}
      </CardContent>
    </Card>
  );
}
