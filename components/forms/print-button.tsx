import { Printer } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/**
 * A form posting into a new tab: printing takes a document number and is audited, so it
 * is a POST and works without JavaScript. The PDF opens in the browser's viewer for printing.
 * `action` is the print route, e.g. /api/ic/print/card/<id>.
 */
export function PrintButton({ action, label, testId }: { action: string; label: string; testId: string }) {
  return (
    <form action={action} method="post" target="_blank">
      <button type="submit" className={buttonClass("secondary", "sm")} data-testid={testId}>
        <Printer className="size-4" aria-hidden />
        {label}
      </button>
    </form>
  );
}
