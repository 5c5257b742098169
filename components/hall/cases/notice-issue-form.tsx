"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSyncedVersion } from "@/components/forms/use-synced-version";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { issueIncompleteNoticeAction } from "@/lib/hall/cases/actions";
import { IncompleteNoticeInput } from "@/lib/hall/cases/schemas";

/**
 * HALL-01: one notice listing every missing and defective material. With an earlier notice this
 * becomes a request for a second notice, which a reviewer must give the reason for.
 */
export function NoticeIssueForm({ caseId, version, second }: { caseId: string; version: number; second: boolean }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(issueIncompleteNoticeAction, IncompleteNoticeInput, {
    formProps: { defaultValues: { caseId, version, secondNoticeReason: "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  useSyncedVersion(form, version);
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-2" data-testid="notice-issue-form">
      <FormError message={formError} data-testid="notice-issue-error" />
      {second && (
        <FormField label="申请二次告知的说明" hint="二次告知须由审核人员填写原因后出具，并计入一次性告知率" error={form.formState.errors.secondNoticeReason?.message}>
          <Textarea rows={2} maxLength={500} data-testid="notice-second-reason" {...form.register("secondNoticeReason")} />
        </FormField>
      )}
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting} data-testid="notice-issue-submit">
          {second ? "申请二次告知" : "材料不全，出具一次性告知单"}
        </Button>
      </div>
    </form>
  );
}
