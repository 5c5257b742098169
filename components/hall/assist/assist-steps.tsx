"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { stepError } from "@/components/hall/appointments/action-error";
import { Button, buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { accompanyAssistAction, cancelAssistAction, completeAssistAction, startProxyProcessingAction, supplementAssistAction } from "@/lib/hall/assist/actions";

type Props = {
  id: string;
  version: number;
  steps: { action: string; label: string }[];
  offers: { accompany: boolean; startProcessing: boolean };
  windows: { id: string; windowNo: string; name: string; isProxyWindow: boolean }[];
  caseFormHref: string;
};

/** The steps of §7.5.3 this user may take now (the server checks everything again). */
export function AssistSteps({ id, version, steps, offers, windows, caseFormHref }: Props) {
  const router = useRouter();
  const refresh = { onSuccess: () => router.refresh() };
  const supplement = useAction(supplementAssistAction, refresh);
  const accompany = useAction(accompanyAssistAction, refresh);
  // The step claims the request (its version moves on) before the case engine runs: refresh even
  // when it fails, so a retry carries the current version instead of meeting a Conflict.
  const start = useAction(startProxyProcessingAction, { onSettled: () => router.refresh() });
  const complete = useAction(completeAssistAction, refresh);
  const cancel = useAction(cancelAssistAction, refresh);
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [windowId, setWindowId] = useState(windows.find((w) => w.isProxyWindow)?.id ?? windows[0]?.id ?? "");
  const has = (a: string) => steps.some((s) => s.action === a);
  if (steps.length === 0 && !offers.accompany && !offers.startProcessing) return null;
  const error = [supplement, accompany, start, complete, cancel].map((x) => stepError(x.result)).find(Boolean);
  const windowOptions = windows.map((w) => ({ value: w.id, label: `${w.windowNo}号 ${w.name}` }));
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="assist-steps">
      {has("supplement") && (
        <div className="flex flex-col gap-2">
          <FormField label="补齐材料说明" required><Input maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} data-testid="assist-supplement-note" /></FormField>
          <div><Button disabled={supplement.isExecuting} data-testid="assist-supplement" onClick={() => supplement.execute({ id, version, note })}>材料已补齐</Button></div>
        </div>
      )}
      {offers.accompany && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-700">带领服务对象到相关窗口办理（§7.5.3.2）：由该窗口登记办件后，在此确认。</p>
          <FormField label="引导至窗口" required><Select options={windowOptions} value={windowId} onChange={(e) => setWindowId(e.target.value)} data-testid="assist-target-window" /></FormField>
          <div className="flex flex-wrap gap-2">
            <Link className={buttonClass("secondary")} href={`${caseFormHref}&windowId=${windowId}`} data-testid="assist-case-link">在窗口登记办件</Link>
            <Button disabled={accompany.isExecuting} data-testid="assist-accompany" onClick={() => accompany.execute({ id, version, targetWindowId: windowId })}>已带领至窗口办理</Button>
          </div>
        </div>
      )}
      {offers.startProcessing && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-700">代办员代替委托人登记办件（受理渠道：代办），办件由代办员作为首办人跟进。</p>
          <FormField label="受理窗口（可选）"><Select placeholder="不指定" options={windowOptions} value={windowId} onChange={(e) => setWindowId(e.target.value)} /></FormField>
          <div><Button disabled={start.isExecuting} data-testid="assist-start" onClick={() => start.execute({ id, version, windowId: windowId || undefined })}>代为登记办件</Button></div>
        </div>
      )}
      {(has("complete") || has("cancel")) && (
        <div className="flex flex-col gap-2">
          {has("cancel") && <FormField label="取消原因"><Input maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="assist-cancel-reason" /></FormField>}
          <div className="flex flex-wrap gap-2">
            {has("complete") && <Button disabled={complete.isExecuting} data-testid="assist-complete" onClick={() => complete.execute({ id, version })}>办结</Button>}
            {has("cancel") && <Button variant="danger" disabled={cancel.isExecuting} data-testid="assist-cancel" onClick={() => cancel.execute({ id, version, reason })}>取消委托</Button>}
          </div>
        </div>
      )}
      {error && <p role="status" className="text-sm font-medium text-red-700" data-testid="assist-error">{error}</p>}
    </div>
  );
}
