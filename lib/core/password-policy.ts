import { z } from "zod";

// SPEC X-31: password ≥ 10 characters with complexity (GB/T 22239-2019 §8.1.4.1 a, 等保 2.0).

const MIN_LENGTH = 10;
/** Bounds the argon2 input so a megabyte "password" cannot be used to burn CPU. */
const MAX_LENGTH = 128;
/** A 1–2 character username would reject half of all passwords for no security gain. */
const MIN_USERNAME_CHECK = 3;

const CLASSES: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z\d]/];

/** Returns the Chinese problems with `pw`; an empty list means the password is acceptable. */
export function checkPasswordPolicy(pw: string, opts: { username?: string } = {}): string[] {
  const problems: string[] = [];
  if (pw.length < MIN_LENGTH) problems.push(`密码长度至少${MIN_LENGTH}位`);
  if (pw.length > MAX_LENGTH) problems.push(`密码长度不能超过${MAX_LENGTH}位`);
  if (CLASSES.filter((re) => re.test(pw)).length < 3) {
    problems.push("密码须包含大写字母、小写字母、数字、符号中的至少3类");
  }
  const username = opts.username?.trim().toLowerCase() ?? "";
  if (username.length >= MIN_USERNAME_CHECK && pw.toLowerCase().includes(username)) {
    problems.push("密码不能包含用户名");
  }
  return problems;
}

/** Schema for a new password; the username check needs the account, see `newPasswordSchemaFor`. */
export const newPasswordSchema = newPasswordSchemaFor();

export function newPasswordSchemaFor(username?: string) {
  return z.string({ error: "请输入密码" }).superRefine((pw, ctx) => {
    for (const message of checkPasswordPolicy(pw, { username })) {
      ctx.addIssue({ code: "custom", message });
    }
  });
}
