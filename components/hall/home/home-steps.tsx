"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { stepError } from "@/components/hall/appointments/action-error";
import { Button } from "@/components/ui/button";
import { advanceHomeCaseAction, closeHomeAction } from "@/lib/hall/home/actions";

/** 结束上门服务, and resuming a case registration that stopped half-way. */
export function HomeSteps({ id, version, canClose, caseUnfinished }: { id: string; version: number; canClose: boolean; caseUnfinished: boolean }) {
  const router = useRouter();
  const close = useAction(closeHomeAction, { onSuccess: () => router.refresh() });
  // The step claims the request (its version moves on) before the case engine runs: refresh even
  // when it fails, so a retry carries the current version instead of meeting a Conflict.
  const advance = useAction(advanceHomeCaseAction, { onSettled: () => router.refresh() });
  if (!canClose && !caseUnfinished) return null;
  const error = stepError(close.result) ?? stepError(advance.result);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {caseUnfinished && <Button disabled={advance.isExecuting} data-testid="home-advance-case" onClick={() => advance.execute({ id, version })}>继续办件登记</Button>}
        {canClose && <Button disabled={close.isExecuting} data-testid="home-close" onClick={() => close.execute({ id, version })}>结束上门服务</Button>}
      </div>
      {error && <p role="status" className="text-sm font-medium text-red-700" data-testid="home-step-error">{error}</p>}
    </div>
  );
}
