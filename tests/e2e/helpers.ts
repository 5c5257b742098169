import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Qd@Demo2026";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("shell-user")).toBeVisible();
}
