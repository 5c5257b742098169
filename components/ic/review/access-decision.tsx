"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { decideAccessAction } from "@/lib/ic/transfers/actions";
import { ActionMessage } from "@/components/forms/action-message";

/** The owning unit's reviewer decides an ORG-23 request; a refusal needs a reason. */
export function AccessDecision({ requestId }: { requestId: string }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const decide = useAction(decideAccessAction, { onSuccess: () => router.refresh() });
  const run = (approve: boolean) => decide.execute({ requestId, approve, note: note.trim() || undefined });
  return (
    <div className="flex flex-col gap-2">
      <Input aria-label="审核意见（不同意时必填）" placeholder="审核意见（不同意时必填）" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="flex gap-2">
        <Button size="sm" disabled={decide.isExecuting} onClick={() => run(true)} data-testid="access-approve">同意</Button>
        <Button size="sm" variant="danger" disabled={decide.isExecuting} onClick={() => run(false)} data-testid="access-reject">不同意</Button>
      </div>
      <ActionMessage error={decide.result.serverError} testId="access-error" />
    </div>
  );
}
