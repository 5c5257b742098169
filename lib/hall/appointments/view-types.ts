// Client-safe shapes of what the appointment queries hand to components.
import type { AppointmentMethod, AppointmentStatus, AppointmentType } from "@/lib/generated/prisma/enums";

export type AppointmentRowView = {
  id: string;
  type: AppointmentType;
  method: AppointmentMethod;
  status: AppointmentStatus;
  date: string;
  startTime: string;
  endTime: string;
  urgent: boolean;
  itemCode: string | null;
  topic: string | null;
  contactPhone: string;
  person: { name: string; idMasked: string } | null;
  staffName: string | null;
  window: { windowNo: string; name: string } | null;
  priority: boolean;
};
