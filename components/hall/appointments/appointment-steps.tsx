"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import {
  approveNonWorkingDayAction, confirmAppointmentAction, reasonStepAppointmentAction, rescheduleAppointmentAction, stepAppointmentAction,
} from "@/lib/hall/appointments/actions";
import type { AppointmentType } from "@/lib/generated/prisma/enums";
import { stepError } from "./action-error";
import { CompleteVideoForm } from "./complete-video-form";
import { SlotSelect } from "./slot-select";

type Step = { action: string; label: string };
type Props = {
  appointment: { id: string; version: number; type: AppointmentType; date: string; startTime: string; endTime: string; windowId: string | null; assignedStaffId: string | null; videoRoom: string | null };
  steps: Step[];
  staff: { id: string; displayName: string }[];
  windows: { id: string; windowNo: string; name: string }[];
  today: string;
};

/** The steps the engine offers this user now (the server checks everything again). */
export function AppointmentSteps({ appointment: a, steps, staff, windows, today }: Props) {
  const router = useRouter();
  const refresh = { onSuccess: () => router.refresh() };
  const step = useAction(stepAppointmentAction, refresh);
  const confirm = useAction(confirmAppointmentAction, refresh);
  const approve = useAction(approveNonWorkingDayAction, refresh);
  const reasoned = useAction(reasonStepAppointmentAction, refresh);
  const reschedule = useAction(rescheduleAppointmentAction, { onSuccess: ({ data }) => data && router.push(`/hall/appointments/${data.id}`) });
  const [staffId, setStaffId] = useState(a.assignedStaffId ?? "");
  const [room, setRoom] = useState(a.videoRoom ?? "");
  const [reason, setReason] = useState("");
  const [re, setRe] = useState({ date: a.date, startTime: "", endTime: a.endTime, windowId: a.windowId ?? "" });
  const has = (action: string) => steps.find((s) => s.action === action);
  const busy = step.isExecuting || confirm.isExecuting || approve.isExecuting || reasoned.isExecuting || reschedule.isExecuting;
  const ref = { id: a.id, version: a.version };
  const error = stepError(step.result) ?? stepError(confirm.result) ?? stepError(approve.result) ?? stepError(reasoned.result) ?? stepError(reschedule.result);
  if (steps.length === 0) return null;
  const staffOptions = staff.map((s) => ({ value: s.id, label: s.displayName }));
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="appointment-steps">
      {(has("confirm") || has("approve")) && (a.type !== "WORKDAY") && (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="接待人员" required>
            <Select placeholder="请选择" options={staffOptions} value={staffId} onChange={(e) => setStaffId(e.target.value)} data-testid="appointment-staff" />
          </FormField>
          {a.type === "REMOTE_VIDEO" && (
            <FormField label="视频会议室/链接" required>
              <Input maxLength={200} value={room} onChange={(e) => setRoom(e.target.value)} data-testid="appointment-room" />
            </FormField>
          )}
        </div>
      )}
      {(has("cancel") || has("declineDuty")) && (
        <FormField label="原因" hint="取消预约或无法接待时填写">
          <Input maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="appointment-reason" />
        </FormField>
      )}
      <div className="flex flex-wrap gap-2">
        {has("confirm") && (
          <Button disabled={busy} data-testid="appointment-confirm" onClick={() => confirm.execute({ ...ref, assignedStaffId: staffId || undefined, videoRoom: room || undefined })}>确认预约</Button>
        )}
        {has("approve") && (
          <Button disabled={busy} data-testid="appointment-approve" onClick={() => approve.execute({ ...ref, assignedStaffId: staffId })}>批准非工作日服务</Button>
        )}
        {(["accept", "checkIn", "noShow"] as const).filter((x) => has(x)).map((x) => (
          <Button key={x} disabled={busy} variant={x === "noShow" ? "secondary" : "primary"} data-testid={`appointment-${x}`} onClick={() => step.execute({ ...ref, action: x })}>
            {has(x)!.label}
          </Button>
        ))}
        {(["declineDuty", "cancel"] as const).filter((x) => has(x)).map((x) => (
          <Button key={x} disabled={busy} variant="danger" data-testid={`appointment-${x}`} onClick={() => reasoned.execute({ ...ref, action: x, reason })}>{has(x)!.label}</Button>
        ))}
      </div>
      {has("reschedule") && (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium">改约</summary>
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            <FormField label="新的日期" required>
              <Input type="date" min={today} value={re.date} onChange={(e) => setRe({ ...re, date: e.target.value, startTime: "" })} data-testid="reschedule-date" />
            </FormField>
            {a.type === "WORKDAY" && (
              <FormField label="窗口">
                <Select options={windows.map((w) => ({ value: w.id, label: `${w.windowNo}号 ${w.name}` }))} value={re.windowId} onChange={(e) => setRe({ ...re, windowId: e.target.value, startTime: "" })} />
              </FormField>
            )}
            {a.type === "NON_WORKING_DAY" ? (
              <>
                <FormField label="开始时间" required><Input type="time" value={re.startTime} onChange={(e) => setRe({ ...re, startTime: e.target.value })} /></FormField>
                <FormField label="结束时间" required><Input type="time" value={re.endTime} onChange={(e) => setRe({ ...re, endTime: e.target.value })} /></FormField>
              </>
            ) : (
              <FormField label="新的时段" required>
                <SlotSelect counted={a.type === "WORKDAY"} windowId={re.windowId} date={re.date} today={today} urgent={false} value={re.startTime} onChange={(e) => setRe({ ...re, startTime: e.target.value })} data-testid="reschedule-slot" />
              </FormField>
            )}
          </div>
          <Button className="mt-3" variant="secondary" disabled={busy} data-testid="appointment-reschedule"
            onClick={() => reschedule.execute({ ...ref, date: re.date, startTime: re.startTime, endTime: a.type === "NON_WORKING_DAY" ? re.endTime : undefined, windowId: re.windowId || undefined })}>
            确认改约
          </Button>
        </details>
      )}
      {has("complete") && <CompleteVideoForm id={a.id} version={a.version} today={today} />}
      {error && <p role="status" className="text-sm font-medium text-red-700" data-testid="appointment-error">{error}</p>}
    </div>
  );
}
