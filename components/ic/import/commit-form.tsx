"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { commitImportAction } from "@/lib/ic/import/actions";
import { DUPLICATE_POLICY_LABELS, IMPORT_MODE_LABELS, ImportCommitInput } from "@/lib/ic/import/schemas";

type Props = { jobId: string; version: number; errorCount: number; duplicateCount: number };

function Radio({ label, hint, testId, ...props }: React.ComponentProps<"input"> & { label: string; hint?: string; testId: string }) {
  return (
    <label className="flex cursor-pointer items-start gap-2 py-1">
      <input type="radio" className="mt-1 size-4 accent-brand-600" data-testid={testId} {...props} />
      <span>
        <span className="text-base text-slate-900">{label}</span>
        {hint && <span className="block text-sm text-slate-600">{hint}</span>}
      </span>
    </label>
  );
}

/**
 * X-22 commit: the clerk's two choices, validated with the action's own schema. The job's version
 * travels with the form, so a second click (or a second tab) is refused by the server.
 */
export function ImportCommitForm({ jobId, version, errorCount, duplicateCount }: Props) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(commitImportAction, ImportCommitInput, {
    formProps: { defaultValues: { jobId, version, mode: errorCount ? "VALID_ONLY" : "ALL_OR_NOTHING", duplicates: "SKIP" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormError message={formError} data-testid="import-commit-error" />
      <fieldset>
        <legend className="font-semibold text-slate-900">导入方式</legend>
        <Radio value="VALID_ONLY" label={IMPORT_MODE_LABELS.VALID_ONLY} hint={errorCount ? `${errorCount} 行错误将被跳过，可下载错误行修正后再次导入` : undefined} testId="import-mode-valid" {...form.register("mode")} />
        <Radio value="ALL_OR_NOTHING" label={IMPORT_MODE_LABELS.ALL_OR_NOTHING} hint="任何一行有错误，都不写入任何数据" testId="import-mode-all" {...form.register("mode")} />
      </fieldset>
      <fieldset>
        <legend className="font-semibold text-slate-900">已登记人员（{duplicateCount} 人）</legend>
        <Radio value="SKIP" label={DUPLICATE_POLICY_LABELS.SKIP} testId="import-dup-skip" {...form.register("duplicates")} />
        <Radio value="UPDATE_CONTACT" label={DUPLICATE_POLICY_LABELS.UPDATE_CONTACT} hint="只更新文件中填写了的手机号码和固定电话，其他信息不变" testId="import-dup-update" {...form.register("duplicates")} />
      </fieldset>
      <p className="text-sm text-slate-600">导入的档案一律为“草稿”，须逐级提交审核，不会自动通过。</p>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="import-commit">{isSubmitting ? "正在导入，请勿关闭页面…" : "确认导入"}</Button>
      </div>
    </form>
  );
}
