"use client";

import { useState } from "react";
import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { SelectOption } from "@/components/ui/select";
import { validateIdNumber } from "@/lib/core/validators/id-number";
import { lookupPersonForProfileAction } from "@/lib/ic/profile-actions";
import { GENDER_LABELS } from "@/lib/persons/labels";
import { PersonAndProfileForm, ProfileForPersonForm } from "./new-profile-forms";

/**
 * /ic/new. Step 1 finds the person by ID number (X-20: never a second person for one ID); step 2
 * picks the categories and the channel, with the person's fields inline when they are new.
 */
export function NewProfileWizard({ unitOptions }: { unitOptions: readonly SelectOption[] }) {
  const [idNumber, setIdNumber] = useState("");
  const [localError, setLocalError] = useState<string>();
  const [looked, setLooked] = useState<string | null>(null);
  const { execute, result, isExecuting, reset } = useAction(lookupPersonForProfileAction, { onSuccess: ({ input }) => setLooked(input.idNumber) });
  const found = result.data;
  const serverIdError = result.validationErrors?.idNumber?._errors?.[0];
  const error = localError ?? serverIdError ?? (typeof result.serverError === "object" ? result.serverError?.message : undefined);

  const lookup = (e: React.FormEvent) => {
    e.preventDefault();
    const checked = validateIdNumber(idNumber);
    if (!checked.ok) return setLocalError(checked.error);
    setLocalError(undefined);
    execute({ idNumber: checked.value });
  };

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <Card>
        <CardHeader title="第一步：查找人员" description="输入身份证号。已登记的人员直接带出，未登记的在下一步一并登记。" />
        <CardContent>
          <form onSubmit={lookup} noValidate className="flex flex-wrap items-end gap-3">
            <FormField label="身份证号" error={error} className="min-w-72 flex-1">
              <Input
                value={idNumber}
                onChange={(e) => {
                  setIdNumber(e.target.value);
                  setLocalError(undefined);
                  setLooked(null);
                  reset();
                }}
                maxLength={20}
                autoComplete="off"
                spellCheck={false}
                placeholder="18位身份证号"
                data-testid="ic-id-input"
              />
            </FormField>
            <Button type="submit" disabled={isExecuting} data-testid="ic-lookup-submit">{isExecuting ? "正在查询…" : "查询"}</Button>
          </form>
        </CardContent>
      </Card>

      {looked && found?.kind === "out-of-scope" && <Alert tone="warning" data-testid="ic-lookup-out-of-scope">{found.message}</Alert>}
      {looked && found?.kind === "found" && found.person.existingProfileId && (
        <Alert tone="info" title="该人员已建立采集档案" data-testid="ic-lookup-existing">
          一人一档，无需重复建立。
          <Link href={`/ic/${found.person.existingProfileId}`} className={buttonClass("secondary", "sm", "ml-3")} data-testid="ic-open-existing">打开档案</Link>
        </Alert>
      )}
      {looked && found?.kind === "found" && !found.person.existingProfileId && (
        <Card>
          <CardHeader
            title="第二步：采集类别"
            description={
              <span data-testid="ic-lookup-person">
                {found.person.name}（{GENDER_LABELS[found.person.gender]}，{found.person.birthDate}），{found.person.idMasked}，{found.person.unitName}
                {found.person.isDeceased && "，已登记去世"}
              </span>
            }
          />
          <CardContent>
            <ProfileForPersonForm personId={found.person.id} />
          </CardContent>
        </Card>
      )}
      {looked && found?.kind === "miss" && (
        <Card>
          <CardHeader title="第二步：登记人员并选择采集类别" description="该身份证号尚未登记，请补充人员信息。性别和出生日期由身份证号自动带出。" />
          <CardContent>
            <PersonAndProfileForm idNumber={looked} unitOptions={unitOptions} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
