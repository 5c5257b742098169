import { expect, type Locator, type Page } from "@playwright/test";
import { computeIdCheckDigit } from "../../lib/core/validators/id-number";

export const DEMO_PASSWORD = "Qd@Demo2026";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("shell-user")).toBeVisible();
}

/**
 * A valid, unused-looking 18-digit ID number of 市南区 (370202): birth date in [fromYear, toYear],
 * random sequence, GB 11643 check digit. `odd` sequence digit = male.
 */
export function randomIdNumber(fromYear = 1976, toYear = 1990, male = true): string {
  const rnd = (n: number) => Math.floor(Math.random() * n);
  const year = fromYear + rnd(toYear - fromYear + 1);
  const month = String(1 + rnd(12)).padStart(2, "0");
  const day = String(1 + rnd(28)).padStart(2, "0");
  const seq = String(rnd(50) * 10 + rnd(5) * 2 + (male ? 1 : 0)).padStart(3, "0");
  const first17 = `370202${year}${month}${day}${seq}`;
  return first17 + computeIdCheckDigit(first17);
}

/** A plausible Chinese name that is distinct per call (surname + two given characters). */
export function randomChineseName(surname = "鲁"): string {
  const given = "建国振华海军卫东志强明德宏伟立新玉成文博永胜安邦";
  const pick = () => given[Math.floor(Math.random() * given.length)];
  return surname + pick() + pick();
}

/** The Chinese message FormField shows under a control (wired by aria-describedby → `<id>-error`). */
export async function fieldError(page: Page, testId: string): Promise<Locator> {
  const control = page.getByTestId(testId);
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const id = await control.getAttribute("id");
  return page.locator(`[id="${id}-error"]`);
}
