import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MarkAllReadButton } from "@/components/reminders/reminder-actions";
import { ReminderLevelTabs } from "@/components/reminders/reminder-level-tabs";
import { ReminderList } from "@/components/reminders/reminder-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParamsRecord } from "@/components/ui/pagination";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { firstParam } from "@/lib/core/search-params";
import { listMyReminders } from "@/lib/reminders/queries";

export const metadata: Metadata = { title: "消息提醒" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const scope = await getScope();
  if (!can(scope, "reminder.read")) notFound();
  const params = await searchParams;
  const list = await listMyReminders(scope, { level: firstParam(params.level), page: Number(firstParam(params.page)) || 1 });
  return (
    <>
      <PageHeader
        title="消息提醒"
        description={`办件时限、回访、差评闭环、值班排班等到期提醒（每日 06:30 及每小时自动生成）。未读 ${list.unread} 条。`}
        actions={<MarkAllReadButton level={list.level} disabled={list.unread === 0} />}
      />
      <ReminderLevelTabs current={list.level} />
      <ReminderList rows={list.rows} />
      <Pagination basePath="/inbox" searchParams={{ level: list.level }} page={list.page} hasNext={list.hasNext} />
    </>
  );
}
