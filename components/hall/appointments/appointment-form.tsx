"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { ClientPicker, type PickedClient } from "@/components/hall/consultations/client-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { requestAppointmentAction } from "@/lib/hall/appointments/actions";
import { RequestAppointmentInput } from "@/lib/hall/appointments/schemas";
import { APPOINTMENT_METHOD_LABELS, APPOINTMENT_TYPE_LABELS } from "@/lib/hall/labels";
import { SlotSelect } from "./slot-select";

type Options = {
  windows: { id: string; windowNo: string; name: string; isIntegrated: boolean; serviceItemCodes: string[] }[];
  items: { code: string; name: string }[];
  staff: { id: string; displayName: string }[];
  today: string;
  earliestToday: { start: string; end: string } | null;
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** §7.2 预约申请 (phone or on site) with the slot picker of AMB-50. */
export function AppointmentForm({ opts, initialClient, initialItemCode }: { opts: Options; initialClient: PickedClient | null; initialItemCode?: string }) {
  const router = useRouter();
  const [client, setClient] = useState<PickedClient | null>(initialClient);
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(requestAppointmentAction, RequestAppointmentInput, {
    formProps: {
      defaultValues: {
        type: "WORKDAY", method: "PHONE", applicantPersonId: initialClient?.id ?? "", agentName: "", contactPhone: "", serviceItemCode: initialItemCode ?? "",
        topic: "", date: opts.today, startTime: "", endTime: "", windowId: "", urgent: false, assignedStaffId: "", videoRoom: "",
      },
    },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/hall/appointments/${data.id}?created=1`) },
  });
  const { register, setValue, formState: { errors } } = form;
  const [type, method, itemCode, windowId, date, urgent] = useWatch({ control: form.control, name: ["type", "method", "serviceItemCode", "windowId", "date", "urgent"] });
  const windows = opts.windows.filter((w) => !itemCode || w.isIntegrated || w.serviceItemCodes.includes(itemCode));
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="appointment-form">
      <FormError message={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="预约类型" error={errors.type?.message} required>
          <Select options={options(APPOINTMENT_TYPE_LABELS)} data-testid="appointment-type" {...register("type")} />
        </FormField>
        <FormField label="预约方式" error={errors.method?.message} required>
          <Select options={options(APPOINTMENT_METHOD_LABELS)} data-testid="appointment-method" {...register("method")} />
        </FormField>
      </div>
      <ClientPicker
        label="申请人" required value={client} error={errors.applicantPersonId?.message} testId="appointment-client"
        onChange={(c) => { setClient(c); setValue("applicantPersonId", c?.id ?? ""); }}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        {method === "ON_SITE" && (
          <FormField label="代理人姓名" error={errors.agentName?.message} hint="由代理人到窗口现场预约时填写（§7.2.2 b）">
            <Input maxLength={30} autoComplete="off" data-testid="appointment-agentName" {...register("agentName")} />
          </FormField>
        )}
        <FormField label="联系电话" error={errors.contactPhone?.message} required>
          <Input inputMode="tel" maxLength={25} autoComplete="off" data-testid="appointment-contactPhone" {...register("contactPhone")} />
        </FormField>
      </div>
      {type === "REMOTE_VIDEO" ? (
        <FormField label="咨询内容" error={errors.topic?.message} required>
          <Textarea rows={3} maxLength={2000} data-testid="appointment-topic" {...register("topic")} />
        </FormField>
      ) : (
        <FormField label="办理事项" error={errors.serviceItemCode?.message} required>
          <Select placeholder="请选择" options={opts.items.map((i) => ({ value: i.code, label: `${i.name}（${i.code}）` }))} data-testid="appointment-item" {...register("serviceItemCode")} />
        </FormField>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="预约日期" error={errors.date?.message} required hint={type === "NON_WORKING_DAY" ? "须为周末或法定节假日，经审核人员批准并由接待人员接受后确认" : "须为工作日"}>
          <Input type="date" min={opts.today} data-testid="appointment-date" {...register("date")} />
        </FormField>
        {type === "WORKDAY" && (
          <FormField label="办理窗口" error={errors.windowId?.message} required>
            <Select placeholder="请选择" options={windows.map((w) => ({ value: w.id, label: `${w.windowNo}号 ${w.name}` }))} data-testid="appointment-window" {...register("windowId")} />
          </FormField>
        )}
        {type === "NON_WORKING_DAY" ? (
          <>
            <FormField label="开始时间" error={errors.startTime?.message} required>
              <Input type="time" data-testid="appointment-start" {...register("startTime")} />
            </FormField>
            <FormField label="结束时间" error={errors.endTime?.message} required>
              <Input type="time" data-testid="appointment-end" {...register("endTime")} />
            </FormField>
          </>
        ) : (
          <FormField label="预约时段" error={errors.startTime?.message} required hint="开放时间 08:30–12:00、13:30–17:00，每30分钟一个时段">
            <SlotSelect counted={type === "WORKDAY"} windowId={windowId} date={date} today={opts.today} urgent={!!urgent} data-testid="appointment-slot" {...register("startTime")} />
          </FormField>
        )}
      </div>
      {type === "WORKDAY" && (
        <div className="flex flex-col gap-2">
          <Checkbox label="急事急办（§7.2.2 a）：可预约今天最早的时段，不受时段限额" data-testid="appointment-urgent" {...register("urgent")} />
          {urgent && (
            opts.earliestToday ? (
              <div>
                <Button type="button" variant="secondary" size="sm" data-testid="appointment-earliest" onClick={() => { setValue("date", opts.today); setValue("startTime", opts.earliestToday!.start); }}>
                  使用今天最早时段 {opts.earliestToday.start}–{opts.earliestToday.end}
                </Button>
              </div>
            ) : <Alert tone="warning">今天的开放时段已结束，请预约下一个工作日。</Alert>
          )}
        </div>
      )}
      {type === "REMOTE_VIDEO" && (
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label="接待人员" error={errors.assignedStaffId?.message} hint="确认预约时须指定">
            <Select placeholder="暂不指定" options={opts.staff.map((s) => ({ value: s.id, label: s.displayName }))} {...register("assignedStaffId")} />
          </FormField>
          <FormField label="视频会议室/链接" error={errors.videoRoom?.message} hint="确认预约时须填写">
            <Input maxLength={200} autoComplete="off" {...register("videoRoom")} />
          </FormField>
        </div>
      )}
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid="appointment-submit">{isSubmitting ? "正在保存…" : "登记预约"}</Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>取消</Button>
      </div>
    </form>
  );
}
