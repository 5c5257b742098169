"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { approveProfileAction, submitProfileAction } from "@/lib/ic/review/actions";
import { ActionMessage } from "@/components/forms/action-message";

type Action = { action: string; label: string };
const APPROVALS = ["approveInitial", "approveDistrict", "approveCity"] as const;

/**
 * One-click steps the engine offers this user (submit and the approvals). Return and deactivate
 * need a form and live in their own components. The server checks everything again.
 */
export function ProfileActions({ profileId, version, actions }: { profileId: string; version: number; actions: Action[] }) {
  const router = useRouter();
  const opts = { onSuccess: () => router.refresh() };
  const submit = useAction(submitProfileAction, opts);
  const approve = useAction(approveProfileAction, opts);
  const busy = submit.isExecuting || approve.isExecuting;
  const simple = actions.filter((a) => a.action === "submit" || (APPROVALS as readonly string[]).includes(a.action));
  if (simple.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {simple.map((a) => (
          <Button
            key={a.action}
            disabled={busy}
            data-testid={`review-action-${a.action}`}
            onClick={() => {
              if (a.action === "submit") submit.execute({ profileId, version });
              else approve.execute({ profileId, version, action: a.action as (typeof APPROVALS)[number] });
            }}
          >
            {busy ? "正在办理…" : a.label}
          </Button>
        ))}
      </div>
      <ActionMessage error={submit.result.serverError ?? approve.result.serverError} />
    </div>
  );
}
