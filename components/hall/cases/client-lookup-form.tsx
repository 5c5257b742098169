"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { validateIdNumber } from "@/lib/core/validators/id-number";

const MESSAGES: Record<string, string> = {
  invalid: "身份证号格式或校验位不正确",
  miss: "本单位及下级范围内没有该服务对象，请先登记人员信息",
};

/** Step 1 of 受理登记: the client by ID number, posted (never in the URL), checked here first (GB 11643). */
export function ClientLookupForm({ result, keep }: { result?: string; keep: Record<string, string | undefined> }) {
  const [error, setError] = useState<string | undefined>(result ? MESSAGES[result] : undefined);
  return (
    <form
      method="post"
      action="/hall/cases/new/lookup"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        const checked = validateIdNumber(String(new FormData(e.currentTarget).get("idNumber") ?? ""));
        if (!checked.ok) {
          e.preventDefault();
          setError(checked.error);
        }
      }}
    >
      {Object.entries(keep).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
      <FormField label="服务对象身份证号" required error={error}>
        <Input name="idNumber" maxLength={20} autoComplete="off" spellCheck={false} placeholder="18位身份证号" data-testid="case-client-id" onChange={() => setError(undefined)} />
      </FormField>
      <div>
        <Button type="submit" data-testid="case-client-lookup">查找服务对象</Button>
      </div>
    </form>
  );
}
