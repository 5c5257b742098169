import { z } from "zod";
import { optionalField, toHalfWidth } from "@/lib/core/validators/common";

// SPEC V-MOB, V-TEL, V-PHONE (§0.5).

export type PhoneResult = { ok: true; value: string } | { ok: false; error: string };

const MOBILE_RE = /^1[3-9]\d{9}$/;
const TEL_RE = /^0\d{2,3}-\d{7,8}(-\d{1,6})?$/;
/** Qingdao's area code: V-TEL normalises bare local numbers to it. */
const LOCAL_AREA_CODE = "0532";

const MOBILE_ERROR = "手机号码格式错误：应为11位手机号";
const TEL_ERROR = "座机号码格式错误：应为“区号-号码”，如 0532-12345678";
const PHONE_ERROR = "联系电话格式错误：请填写11位手机号或座机号（如 0532-12345678）";

/** V-MOB: drop spaces and hyphens, then the +86 / 0086 country prefix. */
export function normalizeMobile(raw: string): string {
  const compact = toHalfWidth(raw).replace(/[\s-]/g, "");
  return compact.replace(/^(?:\+|00)?86(?=1\d{10}$)/, "");
}

export function validateMobile(raw: string): PhoneResult {
  const value = normalizeMobile(raw);
  if (value === "") return { ok: false, error: "请输入手机号码" };
  return MOBILE_RE.test(value) ? { ok: true, value } : { ok: false, error: MOBILE_ERROR };
}

/** V-TEL: "(0532) 8888 6666" → "0532-88886666"; a bare 7–8 digit number gets 0532-. */
export function normalizeTel(raw: string): string {
  const value = toHalfWidth(raw)
    .trim()
    .replace(/^\((0\d{2,3})\)\s*/, "$1-")
    .replace(/^(0\d{2,3})\s+(?=\d)/, "$1-")
    .replace(/\s+/g, "");
  return /^\d{7,8}$/.test(value) ? `${LOCAL_AREA_CODE}-${value}` : value;
}

export function validateTel(raw: string): PhoneResult {
  const value = normalizeTel(raw);
  if (value === "") return { ok: false, error: "请输入座机号码" };
  return TEL_RE.test(value) ? { ok: true, value } : { ok: false, error: TEL_ERROR };
}

/** V-PHONE ("联系电话"): a mobile number, else a landline. */
export function validatePhone(raw: string): PhoneResult {
  if (toHalfWidth(raw).trim() === "") return { ok: false, error: "请输入联系电话" };
  const mobile = validateMobile(raw);
  if (mobile.ok) return mobile;
  const tel = validateTel(raw);
  return tel.ok ? tel : { ok: false, error: PHONE_ERROR };
}

function phoneSchemaOf(validate: (raw: string) => PhoneResult, requiredMessage: string) {
  return z.string({ error: requiredMessage }).transform((raw, ctx) => {
    const result = validate(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });
}

export const mobileSchema = phoneSchemaOf(validateMobile, "请输入手机号码");
export const telSchema = phoneSchemaOf(validateTel, "请输入座机号码");
export const phoneSchema = phoneSchemaOf(validatePhone, "请输入联系电话");

/** Optional variants: a blank input means "not given" (undefined). */
export const optionalMobileSchema = optionalField(mobileSchema);
export const optionalTelSchema = optionalField(telSchema);
export const optionalPhoneSchema = optionalField(phoneSchema);
