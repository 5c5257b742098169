"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Button } from "@/components/ui/button";
import { takeBadReviewAction } from "@/lib/evaluation/bad-review-actions";

/** FOUND → VERIFYING: the reviewer takes the case for verification. */
export function TakeButton({ id, version, label }: { id: string; version: number; label: string }) {
  const router = useRouter();
  const take = useAction(takeBadReviewAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button disabled={take.isExecuting} onClick={() => take.execute({ id, version })} data-testid="loop-take">
          {take.isExecuting ? "正在办理…" : label}
        </Button>
      </div>
      <ActionMessage error={take.result.serverError} testId="loop-error" />
    </div>
  );
}
