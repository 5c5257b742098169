import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("镇街管理员创建账号，新用户首次登录被要求修改密码", async ({ page, browser }) => {
  await login(page, "town_admin");
  await page.goto("/users/new");
  const username = `e2e_${Date.now().toString(36)}`;
  await page.getByTestId("user-username").fill(username);
  await page.getByTestId("user-display-name").fill("测试新人");
  // A bad mobile number gets a Chinese message next to the field and creates nothing.
  await page.getByTestId("user-mobile").fill("12345");
  await page.getByTestId("user-unit").selectOption({ index: 1 });
  await page.getByTestId("user-role").selectOption("CLERK");
  await page.getByTestId("user-create-submit").click();
  await expect(page.getByText("手机号码格式错误")).toBeVisible();
  await page.getByTestId("user-mobile").fill("13912345678");
  await page.getByTestId("user-create-submit").click();
  const temp = (await page.getByTestId("temp-password").textContent())?.trim() ?? "";
  expect(temp.length).toBeGreaterThanOrEqual(10);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto("/login");
  await fresh.getByTestId("login-username").fill(username);
  await fresh.getByTestId("login-password").fill(temp);
  await fresh.getByTestId("login-submit").click();
  await expect(fresh).toHaveURL(/\/change-password/);
  await fresh.getByTestId("password-current").fill(temp);
  await fresh.getByTestId("password-new").fill("short");
  await fresh.getByTestId("password-confirm").fill("short");
  await fresh.getByTestId("password-submit").click();
  await expect(fresh.getByText(/至少10位|10个字符|不少于10/).first()).toBeVisible();
  await fresh.getByTestId("password-new").fill("Veteran#Service2026");
  await fresh.getByTestId("password-confirm").fill("Veteran#Service2026");
  await fresh.getByTestId("password-submit").click();
  await expect(fresh.getByTestId("shell-user")).toContainText("测试新人");
  await context.close();
});

test("区级管理员新增镇街下级社区，错误代码就地提示", async ({ page }) => {
  await login(page, "district_admin");
  await page.goto("/org");
  const firstTown = page.locator('[data-testid^="org-row-"] a').first();
  await firstTown.click();
  await expect(page).toHaveURL(/unit=/);
  await expect(page.getByTestId("org-children")).toBeVisible();
  await page.getByTestId("org-create-open").click();
  const code = await page.getByTestId("org-code").getAttribute("maxlength");
  expect(code).toBe("12");
  await page.getByTestId("org-code").fill("999999999999");
  await page.getByTestId("org-name").fill("测试社区退役军人服务站");
  await page.getByTestId("org-subtype").selectOption("COMMUNITY");
  await page.getByTestId("org-submit").click();
  await expect(page.getByRole("dialog").getByText(/应以上级代码 \d+ 开头/)).toBeVisible();
});

test("镇街窗口人员看不到用户管理，直接访问返回404", async ({ page }) => {
  await login(page, "town_clerk");
  await expect(page.getByRole("link", { name: "用户管理" })).toHaveCount(0);
  const res = await page.goto("/users");
  expect(res?.status()).toBe(404);
});
