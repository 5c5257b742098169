import { expect, test } from "@playwright/test";

test("公众无需登录即可查看办事指南并下载PDF（§7.10 公开承诺）", async ({ page, request }) => {
  await page.goto("/guide");
  await expect(page).toHaveURL(/\/guide$/);
  const first = page.locator('a[href^="/guide/"]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByTestId("guide-view")).toBeVisible();
  await expect(page.getByTestId("guide-promised")).toContainText(/工作日|即办/);
  const href = await page.getByTestId("guide-pdf").getAttribute("href");
  const pdf = await request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("服务事项管理页需要登录", async ({ page }) => {
  await page.goto("/catalogue");
  await expect(page).toHaveURL(/\/login/);
});
