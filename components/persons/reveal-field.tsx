"use client";

import { useEffect, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { revealPersonFieldAction } from "@/lib/persons/actions";
import { REVEAL_FIELD_LABELS, REVEAL_REASONS } from "@/lib/persons/labels";
import { RevealInput } from "@/lib/persons/schemas";

/** a revealed value is shown for 60 seconds, then masked again. */
const REMASK_SECONDS = 60;
const REASON_OPTIONS = Object.entries(REVEAL_REASONS).map(([value, label]) => ({ value, label }));

type Field = keyof typeof REVEAL_FIELD_LABELS;

/**
 * A masked value with a 显示 button. Unmasking asks for a reason (picklist + text, text required
 * for 其他); the server audits the reveal before returning the value (X-01 REVEAL). The value lives
 * only in this component's state, so leaving the page masks it again.
 */
export function RevealField({ personId, field, masked }: { personId: string; field: Field; masked: string }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(REMASK_SECONDS);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(revealPersonFieldAction, RevealInput, {
    formProps: { defaultValues: { personId, field, reasonText: "" } },
    actionProps: {
      onSuccess: ({ data }) => {
        setValue(data.value);
        setSecondsLeft(REMASK_SECONDS);
        setOpen(false);
      },
    },
  });
  const reasonCode = form.watch("reasonCode");
  const { errors } = form.formState;

  useEffect(() => {
    if (value === null) return;
    const tick = setInterval(() => setSecondsLeft((s) => Math.max(0, s - 1)), 1000);
    const remask = setTimeout(() => setValue(null), REMASK_SECONDS * 1000);
    // A page restored from the back/forward cache must not come back unmasked.
    const onPageHide = () => setValue(null);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      clearInterval(tick);
      clearTimeout(remask);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [value]);

  if (value !== null) {
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <span className="font-mono tabular-nums text-slate-900" data-testid="revealed-value" data-field={field}>{value || "（空）"}</span>
        <span className="text-xs text-slate-500">{secondsLeft} 秒后自动隐藏</span>
        <Button variant="ghost" size="sm" onClick={() => setValue(null)} data-testid={`remask-${field}`}>隐藏</Button>
      </span>
    );
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-mono tabular-nums">{masked}</span>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          if (next) form.reset({ personId, field, reasonText: "" });
          setOpen(next);
        }}
      >
        <Button variant="ghost" size="sm" onClick={() => setOpen(true)} data-testid={`reveal-${field}`} aria-haspopup="dialog">
          显示
        </Button>
        <DialogContent title={`显示完整${REVEAL_FIELD_LABELS[field]}`} description="查看完整信息需说明原因，本次查看将记入审计日志。">
          <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4">
            <FormError message={formError} />
            <FormField label="查看原因" error={errors.reasonCode?.message} required>
              <Select placeholder="请选择" options={REASON_OPTIONS} data-testid="reveal-reason" {...form.register("reasonCode")} />
            </FormField>
            <FormField
              label="原因说明"
              error={errors.reasonText?.message}
              required={reasonCode === "OTHER"}
              hint={reasonCode === "OTHER" ? "选择“其他”时必须写明原因" : "可选"}
            >
              <Textarea rows={2} maxLength={200} data-testid="reveal-reason-text" {...form.register("reasonText")} />
            </FormField>
            <DialogFooter>
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>取消</Button>
              <Button type="submit" disabled={isSubmitting} data-testid="reveal-confirm">{isSubmitting ? "正在验证…" : "确认显示"}</Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </span>
  );
}
