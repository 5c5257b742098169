"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { validateIdNumber } from "@/lib/core/validators/id-number";

/**
 * Posts to /persons/lookup (never a GET: ID numbers stay out of URLs and logs). The format and
 * check digit are checked here first, so a typo is caught next to the field without a round trip.
 */
export function IdLookupForm() {
  const [error, setError] = useState<string>();
  return (
    <form
      method="post"
      action="/persons/lookup"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        const raw = String(new FormData(e.currentTarget).get("idNumber") ?? "");
        const checked = validateIdNumber(raw);
        if (!checked.ok) {
          e.preventDefault();
          setError(checked.error);
        }
      }}
    >
      <FormField label="按身份证号精确查询" id="person-id-search" error={error}>
        <Input name="idNumber" maxLength={20} autoComplete="off" spellCheck={false} placeholder="18位身份证号" data-testid="person-id-search" onChange={() => setError(undefined)} />
      </FormField>
      <div>
        <Button type="submit" data-testid="person-id-search-submit">查询</Button>
      </div>
    </form>
  );
}
