/** The Chinese message of a failed action (a DomainError's text), under the buttons. */
export function ActionMessage({ error, testId }: { error?: { message?: string } | string | null; testId?: string }) {
  const message = typeof error === "string" ? error : error?.message;
  if (!message) return null;
  return (
    <p role="status" className="text-sm font-medium text-red-700" data-testid={testId ?? "review-error"}>
      {message}
    </p>
  );
}
