"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { setMyPresenceAction } from "@/lib/hall/ab/actions";
import type { PresenceContext } from "@/lib/hall/ab/queries";
import { HANDOVER_REASONS, LEAVING_STATUSES, PRESENCE_STATUSES, PresenceInput } from "@/lib/hall/ab/schemas";
import { CASE_STATUS_LABELS, HANDOVER_REASON_LABELS, PRESENCE_LABELS } from "@/lib/hall/labels";
import { PresenceBadge } from "./presence-badge";

const STATUS_OPTIONS = PRESENCE_STATUSES.map((s) => ({ value: s, label: PRESENCE_LABELS[s] }));
const REASON_OPTIONS = HANDOVER_REASONS.map((r) => ({ value: r, label: HANDOVER_REASON_LABELS[r] }));

/**
 * 我的在岗状态 (SPEC §2.7 StaffPresence), embeddable on the desk. Choosing 暂离 / 请假 / 公出 while A
 * or B of a pair with open cases shows the ORG-44 hand-over: the cases the server will list, the
 * reason and the notes. The server decides again whether a hand-over is needed.
 */
export function PresenceSwitcher({ context }: { context: PresenceContext }) {
  // Remounted after each save, so the next save carries the new version.
  return <PresenceForm key={context.presence?.version ?? "none"} context={context} />;
}

function PresenceForm({ context }: { context: PresenceContext }) {
  const router = useRouter();
  const current = context.presence?.status ?? "ON_DUTY";
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(setMyPresenceAction, PresenceInput, {
    formProps: {
      defaultValues: { status: current, note: context.presence?.note ?? "", version: context.presence?.version ?? null },
    },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const status = form.watch("status");
  const leaving = (LEAVING_STATUSES as readonly string[]).includes(status);
  const showHandover = leaving && context.handoverRequired;
  const { errors } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        // The hand-over is sent only when it is asked for; the server decides again.
        if (!showHandover) form.setValue("handover", undefined);
        return handleSubmitWithAction(e);
      }}
      noValidate
      className="flex flex-col gap-3"
      data-testid="presence-switcher"
    >
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        当前状态：<PresenceBadge status={context.effectiveStatus} />
        {context.effectiveStatus !== current && <span>（按已批准的请假）</span>}
        {context.presence && <span className="text-slate-500">自 {context.presence.since.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</span>}
      </p>
      {context.pairs.length > 0 && (
        <ul className="text-sm text-slate-700">
          {context.pairs.map((p) => (
            <li key={p.windowNo}>
              {p.windowNo}号窗口（{p.windowName}）{p.myRole}角；{p.myRole === "A" ? "B" : "A"}角：{p.counterpart?.name ?? "—"}
              {p.counterpart && <> <PresenceBadge status={p.counterpart.presence} /></>}
            </li>
          ))}
        </ul>
      )}
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <FormField label="在岗状态" error={errors.status?.message} required>
          <Select options={STATUS_OPTIONS} data-testid="presence-status" {...form.register("status")} />
        </FormField>
        <FormField label="备注" hint="如：去三楼会议室，14:30返回" error={errors.note?.message}>
          <Input maxLength={200} data-testid="presence-note" {...form.register("note")} />
        </FormField>
      </div>
      {showHandover && (
        <fieldset className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-3" data-testid="handover-fields">
          <legend className="px-1 text-sm font-semibold text-amber-900">离岗交接（AB角工作制：A角暂离岗位时应做好交接）</legend>
          <p className="text-sm text-amber-900">以下 {context.openCases.length} 件在办办件将交接给您的AB角，由其接续办理：</p>
          <ul className="max-h-40 overflow-y-auto text-sm" data-testid="handover-cases">
            {context.openCases.map((c) => (
              <li key={c.id}>{c.caseNo} {c.itemName}（{CASE_STATUS_LABELS[c.status]}）</li>
            ))}
          </ul>
          <FormField label="交接原因" error={errors.handover?.reason?.message} required>
            <Select placeholder="请选择" options={REASON_OPTIONS} data-testid="handover-reason" {...form.register("handover.reason")} />
          </FormField>
          <FormField label="交接说明" hint="不少于10个字：各件进展、待办事项、需注意的问题" error={errors.handover?.notes?.message ?? errors.handover?.message} required>
            <Textarea rows={3} maxLength={2000} data-testid="handover-notes" {...form.register("handover.notes")} />
          </FormField>
        </fieldset>
      )}
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="presence-submit">{isSubmitting ? "正在保存…" : "更新在岗状态"}</Button>
      </div>
    </form>
  );
}
