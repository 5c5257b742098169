"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { acceptTransferAction, cancelTransferAction, rejectTransferAction } from "@/lib/ic/transfers/actions";
import { ActionMessage } from "@/components/forms/action-message";

type Action = { action: string; label: string };

/** Accept / reject (receiving reviewer) and cancel (sending unit), as the engine offers them. */
export function TransferDecision({ transferId, version, actions }: { transferId: string; version: number; actions: Action[] }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const opts = { onSuccess: () => router.refresh() };
  const accept = useAction(acceptTransferAction, opts);
  const reject = useAction(rejectTransferAction, opts);
  const cancel = useAction(cancelTransferAction, opts);
  const busy = accept.isExecuting || reject.isExecuting || cancel.isExecuting;
  if (actions.length === 0) return <span className="text-sm text-slate-500">—</span>;
  const has = (a: string) => actions.some((x) => x.action === a);
  const input = { transferId, version, note: note.trim() || undefined };
  return (
    <div className="flex flex-col gap-2">
      {(has("reject") || has("cancel")) && (
        <Input aria-label="说明（拒绝时必填）" placeholder="说明（拒绝时必填）" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} data-testid="transfer-note" />
      )}
      <div className="flex flex-wrap gap-2">
        {has("accept") && <Button size="sm" disabled={busy} onClick={() => accept.execute(input)} data-testid="transfer-accept">接收</Button>}
        {has("reject") && <Button size="sm" variant="danger" disabled={busy} onClick={() => reject.execute(input)} data-testid="transfer-reject">拒绝接收</Button>}
        {has("cancel") && <Button size="sm" variant="secondary" disabled={busy} onClick={() => cancel.execute(input)} data-testid="transfer-cancel">撤销迁移</Button>}
      </div>
      <ActionMessage error={accept.result.serverError ?? reject.result.serverError ?? cancel.result.serverError} testId="transfer-error" />
    </div>
  );
}
