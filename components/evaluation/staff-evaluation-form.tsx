"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { enterEvaluationAction } from "@/lib/evaluation/actions";
import { DEFAULT_INDICATORS, EVAL_CHANNEL_LABELS, EVALUATOR_TYPE_LABELS, SATISFACTION_LABELS, SATISFACTION_ORDER } from "@/lib/evaluation/labels";
import { EVALUATOR_TYPES, STAFF_ENTRY_CHANNELS, StaffEvaluationInput } from "@/lib/evaluation/schemas";
import { useSubmissionKey } from "./use-submission-key";

const SCORE_OPTIONS = ["5", "4", "3", "2", "1"].map((n) => ({ value: n, label: `${n}分` }));

/**
 * Staff entry of a paper form (with its scan) or a device rating (EVA-01, errata B1). The server
 * refuses an entry by the evaluated staff member (EVA-05). Entries cannot be corrected afterwards.
 */
export function StaffEvaluationForm({ windows, staff, caseNo }: { windows: SelectOption[]; staff: SelectOption[]; caseNo?: string }) {
  const router = useRouter();
  const [scanName, setScanName] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const submissionKey = useSubmissionKey();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(enterEvaluationAction, StaffEvaluationInput, {
    formProps: {
      defaultValues: {
        channel: "PAPER", evaluatorType: "CLIENT", caseNo: caseNo ?? "", windowId: "", staffUserId: "", paperAttachmentId: "",
        comment: "", contactName: "", contactPhone: "", submissionKey,
      },
    },
    actionProps: {
      onSuccess: ({ data }) => router.push(data?.badReviewId ? `/evaluation/bad-reviews/${data.badReviewId}` : "/evaluation"),
    },
  });
  const errors = form.formState.errors;
  const channel = form.watch("channel");
  const byCase = !!form.watch("caseNo");

  async function upload(file: File | undefined) {
    form.clearErrors("paperAttachmentId");
    if (!file) return;
    setUploading(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const res = await fetch("/api/evaluation/paper-scan", { method: "POST", body });
      const json = (await res.json()) as { ok: boolean; attachmentId?: string; fileName?: string; message?: string };
      if (!json.ok || !json.attachmentId) throw new Error(json.message ?? "上传失败");
      form.setValue("paperAttachmentId", json.attachmentId);
      setScanName(json.fileName ?? file.name);
    } catch (e) {
      form.setValue("paperAttachmentId", "");
      setScanName(null);
      form.setError("paperAttachmentId", { message: e instanceof Error ? e.message : "上传失败，请重试" });
    } finally {
      setUploading(false);
    }
  }

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="staff-evaluation-form">
      <Alert tone="warning">评价一经录入不能修改或删除（防止篡改服务对象的评价），请核对后提交。被评价人员本人不能录入对自己的评价。</Alert>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="评价渠道" error={errors.channel?.message} required>
          <Select options={STAFF_ENTRY_CHANNELS.map((c) => ({ value: c, label: EVAL_CHANNEL_LABELS[c] }))} data-testid="entry-channel" {...form.register("channel")} />
        </FormField>
        <FormField label="评价主体" error={errors.evaluatorType?.message} required>
          <Select options={EVALUATOR_TYPES.map((t) => ({ value: t, label: EVALUATOR_TYPE_LABELS[t] }))} {...form.register("evaluatorType")} />
        </FormField>
      </div>
      <FormField label="办件编号" hint="评价针对某一办件时填写（每件办件只能评价一次）；被评价单位、窗口和人员取自办件" error={errors.caseNo?.message}>
        <Input autoComplete="off" data-testid="entry-case-no" {...form.register("caseNo")} />
      </FormField>
      {!byCase && (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="被评价窗口" error={errors.windowId?.message}>
            <Select placeholder="不指定" options={windows} data-testid="entry-window" {...form.register("windowId")} />
          </FormField>
          <FormField label="被评价人员" error={errors.staffUserId?.message}>
            <Select placeholder="不指定" options={staff} data-testid="entry-staff" {...form.register("staffUserId")} />
          </FormField>
        </div>
      )}
      {channel === "PAPER" && (
        <FormField label="评价表扫描件" hint={scanName ? `已上传：${scanName}` : "PDF、JPG或PNG，不超过10MB"} error={errors.paperAttachmentId?.message} required>
          <Input type="file" accept="application/pdf,image/jpeg,image/png" disabled={uploading} data-testid="entry-scan" onChange={(e) => upload(e.target.files?.[0])} />
        </FormField>
      )}
      <FormField label="总体评价" error={errors.overall?.message} required>
        <Select placeholder="请选择" options={SATISFACTION_ORDER.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))} data-testid="entry-overall" {...form.register("overall")} />
      </FormField>
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-800">分项评价（选填）</legend>
        {DEFAULT_INDICATORS.map((i) => (
          <FormField key={i.code} label={i.label}>
            <Select placeholder="未评" options={SCORE_OPTIONS} {...form.register(`indicatorScores.${i.code}`)} />
          </FormField>
        ))}
      </fieldset>
      <FormField label="评价意见" error={errors.comment?.message}>
        <Textarea rows={3} maxLength={500} {...form.register("comment")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="评价人姓名" hint="不填即为匿名评价" error={errors.contactName?.message}>
          <Input autoComplete="off" {...form.register("contactName")} />
        </FormField>
        <FormField label="评价人联系电话" hint="差评须回访时使用" error={errors.contactPhone?.message}>
          <Input type="tel" autoComplete="off" {...form.register("contactPhone")} />
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting || uploading} data-testid="entry-submit">{isSubmitting ? "正在保存…" : "保存评价"}</Button>
      </div>
    </form>
  );
}
