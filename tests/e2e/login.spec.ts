import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { login } from "./helpers";

test.describe("登录", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`演示账号 ${account.username} 可以登录并看到工作台`, async ({ page }) => {
      await login(page, account.username);
      await expect(page.getByTestId("shell-user")).toContainText(account.displayName);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  test("错误密码给出中文提示", async ({ page }) => {
    await page.goto("/login");
    await page.getByTestId("login-username").fill("town_clerk");
    await page.getByTestId("login-password").fill("wrong-password-1");
    await page.getByTestId("login-submit").click();
    await expect(page.getByTestId("login-error")).toContainText("用户名或密码错误");
  });

  test("未登录访问工作台会跳转到登录页", async ({ page }) => {
    await page.goto("/persons");
    await expect(page).toHaveURL(/\/login/);
  });
});
