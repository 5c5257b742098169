"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Button } from "@/components/ui/button";
import { transitionCaseAction } from "@/lib/hall/cases/actions";

const SIMPLE = ["accept", "start", "forward", "returnForCorrection"] as const;
type SimpleAction = (typeof SIMPLE)[number];

/** The plain steps the engine offers this user (the server checks everything again). */
export function CaseStepButtons({ caseId, version, steps }: { caseId: string; version: number; steps: { action: string; label: string }[] }) {
  const router = useRouter();
  const run = useAction(transitionCaseAction, { onSuccess: () => router.refresh() });
  const simple = steps.filter((s): s is { action: SimpleAction; label: string } => (SIMPLE as readonly string[]).includes(s.action));
  if (simple.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {simple.map((s) => (
          <Button key={s.action} disabled={run.isExecuting} data-testid={`case-step-${s.action}`} variant={s.action === "returnForCorrection" ? "secondary" : "primary"}
            onClick={() => run.execute({ caseId, version, action: s.action })}>
            {run.isExecuting ? "正在办理…" : s.label}
          </Button>
        ))}
      </div>
      <ActionMessage error={run.result.serverError} testId="case-step-error" />
    </div>
  );
}
