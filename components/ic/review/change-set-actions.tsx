"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { approveChangeSetAction, withdrawChangeSetAction } from "@/lib/ic/change-sets/actions";
import { ActionMessage } from "@/components/forms/action-message";
import { ReturnForm } from "./return-form";

type Action = { action: string; label: string };
type Approval = "approveInitial" | "approveDistrict" | "approveCity";

/** The steps the engine offers this user on one change set (IC-09). */
export function ChangeSetActions({ changeSetId, version, actions }: { changeSetId: string; version: number; actions: Action[] }) {
  const router = useRouter();
  const opts = { onSuccess: () => router.refresh() };
  const approve = useAction(approveChangeSetAction, opts);
  const withdraw = useAction(withdrawChangeSetAction, opts);
  const busy = approve.isExecuting || withdraw.isExecuting;
  if (actions.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {actions.map((a) =>
          a.action === "return" ? null : (
            <Button
              key={a.action}
              size="sm"
              variant={a.action === "withdraw" ? "secondary" : "primary"}
              disabled={busy}
              data-testid={`cs-action-${a.action}`}
              onClick={() => {
                if (a.action === "withdraw") withdraw.execute({ changeSetId, version });
                else approve.execute({ changeSetId, version, action: a.action as Approval });
              }}
            >
              {a.label}
            </Button>
          ),
        )}
      </div>
      {actions.some((a) => a.action === "return") && <ReturnForm target={{ kind: "changeSet", changeSetId, version }} testIdPrefix="cs" />}
      <ActionMessage error={approve.result.serverError ?? withdraw.result.serverError} testId="cs-error" />
    </div>
  );
}
