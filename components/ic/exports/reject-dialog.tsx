"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { recordProvincialRejectionAction } from "@/lib/ic/export/actions";
import { ProvincialRejectInput } from "@/lib/ic/export/schemas";

/** §3.1.4 EXPORTED → CITY_APPROVED: "provincial rejection recorded", reason required. */
export function ProvincialRejectDialog({ batchId, profileId, name }: { batchId: string; profileId: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(recordProvincialRejectionAction, ProvincialRejectInput, {
    formProps: { defaultValues: { batchId, profileId, reason: "" } },
    actionProps: {
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} data-testid={`prov-reject-${profileId}`} aria-haspopup="dialog">
        登记省级退回
      </Button>
      <DialogContent title={`登记省级退回：${name}`} description="档案将回到“市级审核通过（待上报）”，修正后随下一次增量上报再次报送。">
        <form onSubmit={handleSubmitWithAction} noValidate>
          <FormError message={formError} />
          <FormField label="省中心退回原因" error={form.formState.errors.reason?.message} required>
            <Textarea rows={3} maxLength={200} data-testid="prov-reject-reason" {...form.register("reason")} />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>取消</Button>
            <Button type="submit" variant="danger" disabled={isSubmitting} data-testid="prov-reject-submit">{isSubmitting ? "正在登记…" : "确认登记退回"}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
