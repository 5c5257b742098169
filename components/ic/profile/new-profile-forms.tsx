"use client";

import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { createPersonAndProfileAction, createProfileAction } from "@/lib/ic/profile-actions";
import { PersonAndProfileCreateInput, ProfileCreateInput } from "@/lib/ic/profile-schemas";
import { PERSON_FIELD_LABELS as L } from "@/lib/persons/labels";
import { CategoryFields } from "./category-fields";

const PROFILE_DEFAULTS = { categories: [] as string[], primaryCategory: "", otherCategoryNote: "", collectionChannel: "WINDOW" };

/** After creating, open the file; an existing file is opened instead of a second one (one per person). */
function useOpenProfile() {
  const router = useRouter();
  return ({ data }: { data?: { created: boolean; id: string } }) => {
    if (data) router.push(`/ic/${data.id}?${data.created ? "created" : "existing"}=1`);
  };
}

/** Step 2 for a person already registered in scope. */
export function ProfileForPersonForm({ personId }: { personId: string }) {
  const onSuccess = useOpenProfile();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createProfileAction, ProfileCreateInput, {
    formProps: { defaultValues: { personId, ...PROFILE_DEFAULTS } as never },
    actionProps: { onSuccess },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-5" data-testid="ic-create-form">
      <FormError message={formError} />
      <CategoryFields form={form as unknown as UseFormReturn<FieldValues>} withChannel />
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="ic-create-submit">{isSubmitting ? "正在建立…" : "建立采集档案"}</Button>
      </div>
    </form>
  );
}

/** Step 2 when the ID number is not registered: the person's core fields and the categories together. */
export function PersonAndProfileForm({ idNumber, unitOptions }: { idNumber: string; unitOptions: readonly SelectOption[] }) {
  const onSuccess = useOpenProfile();
  const { form, handleSubmitWithAction, formError, isSubmitting } = useActionForm(createPersonAndProfileAction, PersonAndProfileCreateInput, {
    formProps: {
      defaultValues: {
        person: { idNumber, name: "", formerName: "", mobile: "", landline: "", orgUnitId: "", hukouAddress: "", residenceAddress: "" },
        ...PROFILE_DEFAULTS,
      } as never,
    },
    actionProps: { onSuccess },
  });
  const errors = form.formState.errors as { person?: Record<string, { message?: string }> };
  const err = (name: string) => errors.person?.[name]?.message;
  const reg = (name: string) => form.register(`person.${name}` as never);
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="flex flex-col gap-6" data-testid="ic-create-form">
      <FormError message={formError} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">人员信息</legend>
        <FormField label={L.idNumber} error={err("idNumber")}>
          <Input readOnly data-testid="ic-person-idNumber" {...reg("idNumber")} />
        </FormField>
        <FormField label={L.name} error={err("name")} required>
          <Input maxLength={30} autoComplete="off" data-testid="ic-person-name" {...reg("name")} />
        </FormField>
        <FormField label={L.mobile} error={err("mobile")} hint="手机号码和固定电话至少填写一项">
          <Input inputMode="tel" maxLength={20} autoComplete="off" data-testid="ic-person-mobile" {...reg("mobile")} />
        </FormField>
        <FormField label={L.landline} error={err("landline")} hint="如 0532-12345678">
          <Input inputMode="tel" maxLength={25} autoComplete="off" data-testid="ic-person-landline" {...reg("landline")} />
        </FormField>
        <FormField label={L.orgUnitId} error={err("orgUnitId")} hint="户籍所在村（社区）不明确时选择镇（街道）" required className="sm:col-span-2">
          <Select placeholder="请选择" options={unitOptions} data-testid="ic-person-orgUnitId" {...reg("orgUnitId")} />
        </FormField>
        <FormField label={L.hukouAddress} error={err("hukouAddress")} className="sm:col-span-2">
          <Input maxLength={120} data-testid="ic-person-hukouAddress" {...reg("hukouAddress")} />
        </FormField>
        <FormField label={L.residenceAddress} error={err("residenceAddress")} className="sm:col-span-2">
          <Input maxLength={120} data-testid="ic-person-residenceAddress" {...reg("residenceAddress")} />
        </FormField>
      </fieldset>
      <fieldset>
        <legend className="mb-2 text-base font-semibold text-slate-900">采集信息</legend>
        <CategoryFields form={form as unknown as UseFormReturn<FieldValues>} withChannel />
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting} data-testid="ic-create-submit">{isSubmitting ? "正在建立…" : "登记人员并建立采集档案"}</Button>
      </div>
    </form>
  );
}
