import { Printer } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/**
 * A form posting into a new tab: printing takes a document number and is audited, so it
 * is a POST and works without JavaScript. The PDF opens in the browser's viewer for printing.
 */
export function PrintButton({ kind, id, label, testId }: { kind: "cover" | "card"; id: string; label: string; testId: string }) {
  return (
    <form action={`/api/ic/print/${kind}/${id}`} method="post" target="_blank">
      <button type="submit" className={buttonClass("secondary", "sm")} data-testid={testId}>
        <Printer className="size-4" aria-hidden />
        {label}
      </button>
    </form>
  );
}
