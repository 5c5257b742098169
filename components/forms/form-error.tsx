import { Alert } from "@/components/ui/alert";

/** The form-level message from useActionForm's `formError` (or any string); renders nothing when empty. */
export function FormError({ message, className, ...props }: { message?: string | null; className?: string; "data-testid"?: string }) {
  if (!message) return null;
  return (
    <Alert tone="error" className={className} data-testid={props["data-testid"] ?? "form-error"}>
      {message}
    </Alert>
  );
}
