import { expect, test } from "@playwright/test";
import { computeIdCheckDigit } from "../../lib/core/validators/id-number";
import { login } from "./helpers";

function newIdNumber(): string {
  // Born 1975, sequence from the clock: unique per run, valid checksum, male (odd 17th digit).
  const seq = String((Date.now() % 500) * 2 + 1).padStart(3, "0");
  const first17 = `370202197506${String(1 + (Date.now() % 28)).padStart(2, "0")}${seq}`;
  return first17 + computeIdCheckDigit(first17);
}

test("村居窗口登记人员、查看脱敏信息并说明理由后显示；相邻街道查不到", async ({ page, browser }) => {
  const idNumber = newIdNumber();
  await login(page, "village_clerk");
  await page.goto("/persons/new");
  // Wrong check digit: a Chinese message at the field, nothing created.
  await page.getByTestId("person-create-idNumber").fill(idNumber.slice(0, 17) + (idNumber[17] === "1" ? "2" : "1"));
  await page.getByTestId("person-create-name").fill("刘建军");
  await page.getByTestId("person-create-mobile").fill("13687654321");
  await page.getByTestId("person-create-orgUnitId").selectOption({ index: 1 });
  await page.getByTestId("person-create-submit").click();
  await expect(page.getByText(/校验/).first()).toBeVisible();
  await page.getByTestId("person-create-idNumber").fill(idNumber);
  await expect(page.getByTestId("person-create-derived")).toContainText("男");
  await page.getByTestId("person-create-submit").click();
  await expect(page.getByTestId("person-profile")).toBeVisible();
  await expect(page.getByTestId("person-profile")).toContainText(idNumber.slice(0, 6) + "********" + idNumber.slice(-4));
  await expect(page.getByTestId("person-profile")).not.toContainText(idNumber);

  await page.getByTestId("reveal-idNumber").click();
  await page.getByTestId("reveal-reason").selectOption("IDENTITY_CHECK");
  await page.getByTestId("reveal-confirm").click();
  await expect(page.getByTestId("revealed-value")).toHaveText(idNumber);

  // Registering the same ID again opens the existing person.
  const url = new URL(page.url()).pathname;
  await page.goto("/persons/new");
  await page.getByTestId("person-create-idNumber").fill(idNumber);
  await page.getByTestId("person-create-name").fill("刘建军");
  await page.getByTestId("person-create-mobile").fill("13687654321");
  await page.getByTestId("person-create-orgUnitId").selectOption({ index: 1 });
  await page.getByTestId("person-create-submit").click();
  await expect(page).toHaveURL(new RegExp(`${url}\\?existing=1$`));

  // A clerk of a sibling street: the lookup finds nothing and the page is a 404.
  const context = await browser.newContext();
  const other = await context.newPage();
  await login(other, "sibling_clerk");
  await other.goto("/persons");
  await other.getByTestId("person-id-search").fill(idNumber);
  await other.getByTestId("person-id-search-submit").click();
  await expect(other.getByTestId("person-id-search-miss")).toBeVisible();
  const res = await other.goto(url);
  expect(res?.status()).toBe(404);
  await context.close();
});

test("区级人员按身份证号精确查询进入档案，查询号码不出现在地址栏", async ({ page }) => {
  await login(page, "district_clerk");
  await page.goto("/persons");
  await page.getByTestId("person-open").first().click();
  await expect(page.getByTestId("person-profile")).toBeVisible();
  const personUrl = page.url();
  await page.getByTestId("reveal-idNumber").click();
  await page.getByTestId("reveal-reason").selectOption("BUSINESS_HANDLING");
  await page.getByTestId("reveal-confirm").click();
  const idNumber = (await page.getByTestId("revealed-value").textContent())!.trim();
  await page.goto("/persons");
  await page.getByTestId("person-id-search").fill(idNumber);
  await page.getByTestId("person-id-search-submit").click();
  await expect(page).toHaveURL(personUrl);
  expect(page.url()).not.toContain(idNumber);
});
