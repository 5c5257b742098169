"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { ActionMessage } from "@/components/forms/action-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { revealContactAction } from "@/lib/evaluation/actions";

/** the full phone for the revisit, after a reason; audited as REVEAL; re-masks after 60 s. */
export function RevealContact({ id, masked }: { id: string; masked: string }) {
  const [reason, setReason] = useState("问题回访");
  const [phone, setPhone] = useState<string | null>(null);
  const reveal = useAction(revealContactAction, {
    onSuccess: ({ data }) => {
      setPhone(data?.contactPhone ?? null);
      setTimeout(() => setPhone(null), 60_000);
    },
  });
  if (phone) return <span className="font-mono" data-testid="contact-phone">{phone}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-mono" data-testid="contact-phone">{masked}</span>
      <Input aria-label="查看理由" className="h-9 w-32" value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button type="button" size="sm" variant="secondary" disabled={reveal.isExecuting} onClick={() => reveal.execute({ id, reason })} data-testid="contact-reveal">显示</Button>
      <ActionMessage error={reveal.result.serverError ?? reveal.result.validationErrors?.reason?._errors?.[0]} testId="reveal-error" />
    </span>
  );
}
