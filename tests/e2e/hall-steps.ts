import { expect, type Browser, type Page } from "@playwright/test";
import { login, randomIdNumber } from "./helpers";

// Steps shared by the service-hall and evaluation journeys (tests/e2e/hall-journey.spec.ts,
// tests/e2e/evaluation.spec.ts). Each user works in their own browser context.

export async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

/** Registers a new person of the district (owned by its first sub-unit) and returns the ID number. */
export async function registerPerson(page: Page, name: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const idNumber = randomIdNumber(1970, 1985);
    await page.goto("/persons/new");
    await page.getByTestId("person-create-idNumber").fill(idNumber);
    await page.getByTestId("person-create-name").fill(name);
    await page.getByTestId("person-create-mobile").fill("13912345678");
    await page.getByTestId("person-create-orgUnitId").selectOption({ index: 1 });
    await page.getByTestId("person-create-submit").click();
    await expect(page.getByTestId("person-profile")).toBeVisible();
    if (!page.url().includes("existing=1")) return idNumber;
  }
  throw new Error("no free ID number found");
}

/** Clicks a print button (a form posting into a new tab) and checks a PDF comes back. */
export async function expectPdf(page: Page, testId: string, path: string) {
  const response = page.context().waitForEvent("response", (r) => r.url().includes(path) && r.request().method() === "POST");
  await page.getByTestId(testId).click();
  const r = await response;
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("application/pdf");
}

/** The client rates the case 不满意 on the public QR page, on a phone, without logging in. */
export async function rateBadlyOnPhone(browser: Browser, link: string, comment: string): Promise<Page> {
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(new URL(link).pathname);
  await expect(phone.getByTestId("public-evaluation-form")).toBeVisible();
  await phone.locator("label:has([data-testid=public-overall-DISSATISFIED])").click();
  await phone.getByLabel("工作人员服务态度2分").check({ force: true });
  await phone.getByTestId("public-comment").fill(comment);
  await phone.getByTestId("public-name").fill("李秀英");
  await phone.getByTestId("public-phone").fill("13912345678");
  await phone.getByTestId("public-submit").click();
  await expect(phone.getByTestId("public-thanks")).toBeVisible();
  return phone;
}

/**
 * §9.2.1 差评发现—问题核实—反馈整改—问题回访—改进提升 for the bad review with `comment`: the district
 * reviewer verifies, the clerk rectifies (never seeing the complainant, EVA-05), the reviewer
 * revisits, and a district case is closed by the city. Returns the loop's path.
 */
export async function carryBadReviewLoopToClosure(browser: Browser, clerk: Page, comment: string): Promise<string> {
  const reviewer = await as(browser, "district_reviewer");
  await reviewer.goto("/evaluation/bad-reviews?status=FOUND");
  await reviewer.getByTestId("bad-review-row").filter({ hasText: comment }).getByTestId("bad-review-open").click();
  await reviewer.waitForURL(/\/evaluation\/bad-reviews\/(?!new)[^/?]+$/);
  const loopUrl = new URL(reviewer.url()).pathname;
  await reviewer.getByTestId("loop-take").click();
  await expect(reviewer.getByTestId("bad-review-status")).toHaveText("问题核实中");
  await reviewer.getByTestId("loop-verification").fill("调阅窗口录像，解释政策不够耐心，情况属实");
  await reviewer.getByTestId("loop-tag-ATTITUDE").check();
  await reviewer.getByTestId("loop-confirm-valid-submit").click();
  await expect(reviewer.getByTestId("bad-review-status")).toHaveText("反馈整改中");

  await clerk.goto(loopUrl);
  await expect(clerk.getByTestId("contact-hidden")).toBeVisible();
  await clerk.getByTestId("loop-rectification").fill("重新学习优待证政策，统一解释口径");
  await clerk.getByTestId("loop-feedback").fill("已当面向服务对象致歉并解释办理依据");
  await clerk.getByTestId("loop-rectify-submit").click();
  await expect(clerk.getByTestId("bad-review-status")).toHaveText("问题回访中");

  await reviewer.reload();
  await reviewer.getByTestId("loop-revisit-satisfaction").selectOption("SATISFIED");
  await reviewer.getByTestId("loop-revisit-submit").click();
  await expect(reviewer.getByTestId("bad-review-status")).toHaveText("改进提升中");
  await expect(reviewer.getByTestId("loop-close")).toHaveCount(0);

  const city = await as(browser, "city_reviewer");
  await city.goto(loopUrl);
  await city.getByTestId("loop-improvement").fill("修订优待证申领办事指南的政策解读部分");
  await city.getByTestId("loop-link-ref-0").fill("PC-001");
  await city.getByTestId("loop-close-submit").click();
  await expect(city.getByTestId("bad-review-status")).toHaveText("已闭环");
  await expect(city.getByTestId("loop-history")).toContainText("已闭环");
  return loopUrl;
}

/** Registers a case of `itemCode` at the clerk's window, checks every material OK, accepts and starts it. */
export async function caseInProgress(page: Page, idNumber: string, name: string, itemCode = "PC-001"): Promise<{ id: string; caseNo: string }> {
  await page.goto("/hall/cases/new");
  await page.getByTestId("case-client-id").fill(idNumber);
  await page.getByTestId("case-client-lookup").click();
  await expect(page.getByTestId("case-register-form")).toContainText(name);
  await page.getByTestId("case-item").selectOption(itemCode);
  await page.getByTestId("case-register-submit").click();
  await expect(page.getByTestId("case-summary")).toContainText("已登记");
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const count = await page.getByTestId("materials-form").locator("li").count();
  for (let i = 0; i < count; i++) await page.getByTestId(`material-state-${i}`).selectOption("OK");
  await page.getByTestId("materials-save").click();
  await expect(page.getByTestId("materials-saved")).toBeVisible();
  await page.getByTestId("case-step-accept").click();
  await expect(page.getByTestId("case-summary")).toContainText("已受理");
  await page.getByTestId("case-step-start").click();
  await expect(page.getByTestId("case-summary")).toContainText("办理中");
  const caseNo = (await page.getByText(/办件编号 /).first().textContent())?.match(/\d{6}-\d{8}-\d{4}/)?.[0];
  expect(caseNo).toBeTruthy();
  return { id, caseNo: caseNo! };
}

/** caseInProgress, then 办结 with outcome 准予; returns the case id. */
export async function completeCase(page: Page, idNumber: string, name: string, itemCode = "PC-001"): Promise<string> {
  const { id } = await caseInProgress(page, idNumber, name, itemCode);
  await page.getByTestId("case-outcome").selectOption("APPROVED");
  await page.getByTestId("case-complete-submit").click();
  await expect(page.getByTestId("case-summary")).toContainText("已办结");
  return id;
}
