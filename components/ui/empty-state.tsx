import { Inbox } from "lucide-react";
import { cn } from "./cn";

export type EmptyStateProps = {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** e.g. a "新增" button or a "清除筛选" link. */
  action?: React.ReactNode;
  icon?: React.ReactNode;
  className?: string;
};

export function EmptyState({ title, description, action, icon, className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center gap-2 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center", className)}>
      <div className="text-slate-400" aria-hidden="true">{icon ?? <Inbox className="size-10" />}</div>
      <p className="text-base font-medium text-slate-800">{title}</p>
      {description && <p className="max-w-prose text-sm text-slate-600">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
