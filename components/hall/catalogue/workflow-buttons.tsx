"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { adminServiceItemAction, reviewServiceItemAction } from "@/lib/hall/catalogue/actions";

type Step = { action: "review" | "return" | "publish" | "retire"; label: string; reasonRequired: boolean };

/** The steps the engine offers this user; the server checks everything again. */
export function CatalogueWorkflowButtons({ id, version, steps }: { id: string; version: number; steps: Step[] }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const opts = { onSuccess: () => { setReason(""); router.refresh(); } };
  const review = useAction(reviewServiceItemAction, opts);
  const admin = useAction(adminServiceItemAction, opts);
  const busy = review.isExecuting || admin.isExecuting;
  if (steps.length === 0) return null;
  const needsReason = steps.some((s) => s.reasonRequired);
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="catalogue-workflow">
      {needsReason && (
        <FormField label="理由" hint="退回和停用须填写理由">
          <Textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="workflow-reason" />
        </FormField>
      )}
      <div className="flex flex-wrap gap-2">
        {steps.map((s) => (
          <Button
            key={s.action}
            variant={s.action === "return" || s.action === "retire" ? "secondary" : "primary"}
            disabled={busy}
            data-testid={`catalogue-action-${s.action}`}
            onClick={() => {
              if (s.action === "review") review.execute({ id, version, action: "review" });
              else admin.execute({ id, version, action: s.action, reason: reason || undefined });
            }}
          >
            {busy ? "正在办理…" : s.label}
          </Button>
        ))}
      </div>
      <ActionMessage error={review.result.serverError ?? admin.result.serverError} testId="catalogue-error" />
    </div>
  );
}
