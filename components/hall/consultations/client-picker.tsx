"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { validateIdNumber } from "@/lib/core/validators/id-number";
import { lookupClientAction } from "@/lib/hall/consultations/actions";

export type PickedClient = { id: string; name: string; idMasked: string; unitName: string; isDeceased: boolean };

/**
 * The hall forms' client lookup: an exact ID-number search sent in a server action's POST body
 * (never a URL, X-13), answered with the name and the masked number only (X-10).
 */
export function ClientPicker({
  label, value, onChange, error, required, testId = "client-picker", optionalHint,
}: {
  label: string;
  value: PickedClient | null;
  onChange: (client: PickedClient | null) => void;
  error?: string;
  required?: boolean;
  testId?: string;
  optionalHint?: string;
}) {
  const [idNumber, setIdNumber] = useState("");
  const [message, setMessage] = useState<string>();
  const lookup = useAction(lookupClientAction, {
    onSuccess: ({ data }) => {
      if (data && "client" in data) {
        onChange(data.client);
        setIdNumber("");
        setMessage(undefined);
      } else setMessage(data?.message ?? "未找到");
    },
    onError: ({ error: e }) => setMessage(e.serverError?.message ?? e.validationErrors?.idNumber?._errors?.[0] ?? "查询失败"),
  });
  const search = () => {
    const checked = validateIdNumber(idNumber);
    if (!checked.ok) return setMessage(checked.error);
    lookup.execute({ idNumber });
  };
  return (
    <div className="flex flex-col gap-1.5" data-testid={testId}>
      <Label htmlFor={`${testId}-id`} required={required}>{label}</Label>
      {value ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2" data-testid={`${testId}-chosen`}>
          <span className="font-medium">{value.name}</span>
          <span className="font-mono text-sm text-slate-700">{value.idMasked}</span>
          <span className="text-sm text-slate-600">{value.unitName}</span>
          {value.isDeceased && <span className="text-sm font-medium text-red-700">已登记去世</span>}
          <Button type="button" size="sm" variant="ghost" onClick={() => onChange(null)}>更换</Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Input
            id={`${testId}-id`}
            className="max-w-xs"
            maxLength={20}
            autoComplete="off"
            spellCheck={false}
            placeholder="18位身份证号"
            value={idNumber}
            aria-invalid={!!(error || message)}
            data-testid={`${testId}-id`}
            onChange={(e) => { setIdNumber(e.target.value); setMessage(undefined); }}
            onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); search(); } }}
          />
          <Button type="button" variant="secondary" disabled={lookup.isExecuting} onClick={search} data-testid={`${testId}-search`}>
            {lookup.isExecuting ? "查询中…" : "查询"}
          </Button>
        </div>
      )}
      {optionalHint && !value && <p className="text-sm text-slate-600">{optionalHint}</p>}
      {(message || error) && <p className="text-sm font-medium text-red-700" data-testid={`${testId}-error`}>{message ?? error}</p>}
    </div>
  );
}
