"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { validateIdNumber } from "@/lib/core/validators/id-number";
import { createPersonAction } from "@/lib/persons/actions";
import { GENDER_LABELS, PERSON_FIELD_LABELS as L } from "@/lib/persons/labels";
import { PersonCreateInput } from "@/lib/persons/schemas";

const EMPTY = { idNumber: "", name: "", formerName: "", mobile: "", landline: "", orgUnitId: "", hukouAddress: "", residenceAddress: "" };

/** when the ID is already registered in scope, the clerk is taken to that person instead. */
export function PersonCreateForm({ unitOptions }: { unitOptions: readonly SelectOption[] }) {
  const router = useRouter();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createPersonAction, PersonCreateInput, {
    formProps: { defaultValues: EMPTY },
    actionProps: {
      onSuccess: ({ data }) => router.push(data.created ? `/persons/${data.id}?created=1` : `/persons/${data.existingId}?existing=1`),
    },
  });
  const { register, formState: { errors } } = form;
  const idNumber = useWatch({ control: form.control, name: "idNumber" }) ?? "";

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex max-w-3xl flex-col gap-5" data-testid="person-create-form">
      <FormError message={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormField label={L.idNumber} error={errors.idNumber?.message} required>
            <Input maxLength={20} autoComplete="off" spellCheck={false} data-testid="person-create-idNumber" {...register("idNumber")} />
          </FormField>
          <DerivedFromId idNumber={idNumber} />
        </div>
        <FormField label={L.name} error={errors.name?.message} required>
          <Input maxLength={30} autoComplete="off" data-testid="person-create-name" {...register("name")} />
        </FormField>
        <FormField label={L.formerName} error={errors.formerName?.message}>
          <Input maxLength={30} autoComplete="off" data-testid="person-create-formerName" {...register("formerName")} />
        </FormField>
        <FormField label={L.mobile} error={errors.mobile?.message} hint="手机号码和固定电话至少填写一项">
          <Input inputMode="tel" maxLength={20} autoComplete="off" data-testid="person-create-mobile" {...register("mobile")} />
        </FormField>
        <FormField label={L.landline} error={errors.landline?.message} hint="如 0532-12345678">
          <Input inputMode="tel" maxLength={25} autoComplete="off" data-testid="person-create-landline" {...register("landline")} />
        </FormField>
        <FormField label={L.orgUnitId} error={errors.orgUnitId?.message} hint="户籍所在村（社区）不明确时选择镇（街道）" required className="sm:col-span-2">
          <Select placeholder="请选择" options={unitOptions} data-testid="person-create-orgUnitId" {...register("orgUnitId")} />
        </FormField>
        <FormField label={L.hukouAddress} error={errors.hukouAddress?.message} className="sm:col-span-2">
          <Input maxLength={120} data-testid="person-create-hukouAddress" {...register("hukouAddress")} />
        </FormField>
        <FormField label={L.residenceAddress} error={errors.residenceAddress?.message} className="sm:col-span-2">
          <Input maxLength={120} data-testid="person-create-residenceAddress" {...register("residenceAddress")} />
        </FormField>
      </div>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting} data-testid="person-create-submit">{isSubmitting ? "正在保存…" : "保存"}</Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>取消</Button>
      </div>
    </form>
  );
}

/** Gender and birth date come from the ID (V-ID); shown as soon as the number validates. */
function DerivedFromId({ idNumber }: { idNumber: string }) {
  if (idNumber.trim().length < 18) return null;
  const id = validateIdNumber(idNumber);
  if (!id.ok) return null;
  return (
    <div className="mt-2 flex flex-col gap-2">
      <p className="text-sm text-slate-700" data-testid="person-create-derived" aria-live="polite">
        {L.gender}：<span data-testid="person-create-gender">{GENDER_LABELS[id.gender]}</span>
        <span className="mx-3 text-slate-300" aria-hidden="true">|</span>
        {L.birthDate}：<span data-testid="person-create-birthDate">{id.birthDate}</span>
      </p>
      {id.regionWarning && <Alert tone="warning">{id.regionWarning}</Alert>}
    </div>
  );
}
