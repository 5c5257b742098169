import Link from "next/link";
import { Button, buttonClass } from "./button";
import { cn } from "./cn";

/**
 * A plain GET form: the filters live in the URL (shareable, back-button safe) and work without
 * JavaScript. The fields come as children; 筛选 and 清除条件 follow them.
 */
export function FilterForm({ action, className, actionsClassName, children }: { action: string; className?: string; actionsClassName?: string; children: React.ReactNode }) {
  return (
    <form method="get" action={action} className={cn("mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4", className)}>
      {children}
      <div className={cn("flex flex-wrap items-end gap-2", actionsClassName)}>
        <Button type="submit">筛选</Button>
        <Link href={action} className={buttonClass("secondary")}>清除条件</Link>
      </div>
    </form>
  );
}
