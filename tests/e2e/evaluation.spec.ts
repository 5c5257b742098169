import { expect, test } from "@playwright/test";
import { randomChineseName } from "./helpers";
import { as, completeCase, registerPerson } from "./hall-steps";

// Acceptance of evaluation and the bad-review loop (§9.1.3, §9.2.1): a clerk completes a case and
// shows its QR code; the client rates it on the public page without logging in (once only); the
// bad rating opens a loop that the district reviewer verifies, the clerk rectifies without ever
// seeing who complained (EVA-05), the reviewer revisits and the city closes; rankings and the
// analysis show it; a sibling street cannot open the loop.

test("服务评价与差评闭环：扫码评价仅一次，差评自动立案，核实—整改—回访—市级闭环，被评价人看不到评价人", async ({ browser }) => {
  test.setTimeout(180_000);
  const clerk = await as(browser, "district_clerk");
  const name = randomChineseName("评");
  const caseId = await completeCase(clerk, await registerPerson(clerk, name), name);

  // The staff side of the invitation: QR code, link and the printable receipt.
  await clerk.goto(`/evaluation/invitation/${caseId}`);
  await expect(clerk.getByTestId("evaluation-state")).toHaveText("待评价");
  await expect(clerk.getByTestId("evaluation-qr")).toBeVisible();
  // The link is text to read out or copy (data-url), not something to open in the staff session.
  const link = (await clerk.getByTestId("evaluation-link").getAttribute("data-url"))!;
  expect(link).toMatch(/\/e\/[A-Za-z0-9_-]{20,}$/);
  await expect(clerk.getByTestId("evaluation-link")).toHaveText(link);
  await expect(clerk.locator(`a[href="${link}"]`)).toHaveCount(0);
  // Opened in the clerk's own (signed-in) browser anyway, the page refuses and spends nothing.
  await clerk.goto(new URL(link).pathname);
  await expect(clerk.getByTestId("public-staff-refused")).toContainText("工作人员不能代替服务对象评价");
  await expect(clerk.getByTestId("public-evaluation-form")).toHaveCount(0);
  await clerk.goto(`/evaluation/invitation/${caseId}`);
  await expect(clerk.getByTestId("evaluation-state")).toHaveText("待评价");
  const pdf = clerk.context().waitForEvent("response", (r) => r.url().includes(`/api/evaluation/receipt/${caseId}`));
  await clerk.getByTestId("print-receipt").click();
  expect((await pdf).headers()["content-type"]).toContain("application/pdf");

  // The client, on a phone, without logging in.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(new URL(link).pathname);
  await expect(phone.getByTestId("public-case")).toContainText("优待");
  await expect(phone.getByTestId("public-case")).not.toContainText(name);
  await phone.getByTestId("public-submit").click();
  await expect(phone.getByText("请选择总体评价")).toBeVisible();
  await phone.locator("label:has([data-testid=public-overall-DISSATISFIED])").click();
  await phone.getByLabel("工作人员服务态度2分").check({ force: true });
  const comment = `窗口解释不清楚-${Date.now()}`;
  await phone.getByTestId("public-comment").fill(comment);
  await phone.getByTestId("public-name").fill("李秀英");
  await phone.getByTestId("public-phone").fill("13912345678");
  await phone.screenshot({ path: "test-results/evaluation-public.png", fullPage: true });
  await phone.getByTestId("public-submit").click();
  await expect(phone.getByTestId("public-thanks")).toBeVisible();
  await phone.goto(new URL(link).pathname);
  await expect(phone.getByTestId("public-message")).toContainText("该办件已评价");
  await expect(phone.getByTestId("public-evaluation-form")).toHaveCount(0);

  // The evaluated clerk sees the rating but never who gave it.
  await clerk.goto("/evaluation?overall=DISSATISFIED");
  const row = clerk.getByTestId("evaluation-row").filter({ hasText: comment });
  await expect(row.getByTestId("evaluation-contact")).toHaveText("已隐藏");
  await expect(clerk.locator("body")).not.toContainText("139****5678");

  // The district reviewer verifies it.
  const reviewer = await as(browser, "district_reviewer");
  await reviewer.goto("/evaluation/bad-reviews?status=FOUND");
  await reviewer.getByTestId("bad-review-row").filter({ hasText: comment }).getByTestId("bad-review-open").click();
  await reviewer.waitForURL(/\/evaluation\/bad-reviews\/(?!new)[^/?]+$/);
  const loopUrl = new URL(reviewer.url()).pathname;
  await expect(reviewer.getByTestId("contact-phone")).toHaveText("139****5678");
  await reviewer.getByTestId("loop-take").click();
  await expect(reviewer.getByTestId("bad-review-status")).toHaveText("问题核实中");
  await reviewer.getByTestId("loop-confirm-valid-submit").click();
  await expect(reviewer.getByText("请至少选择一个问题类型")).toBeVisible();
  await reviewer.getByTestId("loop-verification").fill("调阅窗口录像，解释政策不够耐心，情况属实");
  await reviewer.getByTestId("loop-tag-ATTITUDE").check();
  await reviewer.getByTestId("loop-confirm-valid-submit").click();
  await expect(reviewer.getByTestId("bad-review-status")).toHaveText("反馈整改中");

  // The clerk rectifies; the complainant stays hidden.
  await clerk.goto(loopUrl);
  await expect(clerk.getByTestId("contact-hidden")).toBeVisible();
  await expect(clerk.getByTestId("loop-take")).toHaveCount(0);
  await clerk.getByTestId("loop-rectification").fill("重新学习优待证政策，统一解释口径");
  await clerk.getByTestId("loop-feedback").fill("已当面向服务对象致歉并解释办理依据");
  await clerk.getByTestId("loop-rectify-submit").click();
  await expect(clerk.getByTestId("bad-review-status")).toHaveText("问题回访中");

  // The reviewer reveals the phone (audited) and records a satisfied revisit.
  await reviewer.reload();
  await reviewer.getByTestId("contact-reveal").click();
  await expect(reviewer.getByTestId("contact-phone")).toHaveText("13912345678");
  await reviewer.getByTestId("loop-revisit-satisfaction").selectOption("SATISFIED");
  await reviewer.getByTestId("loop-revisit-submit").click();
  await expect(reviewer.getByTestId("bad-review-status")).toHaveText("改进提升中");
  await expect(reviewer.getByTestId("loop-close")).toHaveCount(0);

  // A district case is closed by the city.
  const city = await as(browser, "city_reviewer");
  await city.goto(loopUrl);
  await city.getByTestId("loop-improvement").fill("修订优待证申领办事指南的政策解读部分");
  await city.getByTestId("loop-link-ref-0").fill("PC-001");
  await city.getByTestId("loop-close-submit").click();
  await expect(city.getByTestId("bad-review-status")).toHaveText("已闭环");
  await expect(city.getByTestId("loop-history")).toContainText("已闭环");

  // Rankings and the analysis count it.
  await reviewer.goto("/evaluation/rankings");
  await expect(reviewer.getByTestId("rankings-units")).toContainText("市南区");
  await reviewer.getByTestId("rankings-units").getByRole("link").first().click();
  await expect(reviewer.getByTestId("rankings-staff")).toContainText("杨帆");
  await reviewer.goto("/evaluation/analysis");
  await reviewer.getByTestId("analysis-period-key").fill(await reviewer.evaluate(() => {
    const d = new Date(Date.now() + 8 * 3_600_000);
    return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
  }));
  await reviewer.getByTestId("analysis-generate-submit").click();
  await expect(reviewer.getByTestId("analysis-total")).toBeVisible();
  await expect(reviewer.getByTestId("analysis-status")).toHaveText("草稿");
  await reviewer.getByTestId("analysis-investigation").fill("窗口人员对政策解读不一致");
  await reviewer.getByTestId("analysis-solutions").fill("统一政策口径，开展专题培训");
  await reviewer.getByTestId("analysis-text-submit").click();
  await expect(reviewer.getByTestId("analysis-investigation")).toHaveValue("窗口人员对政策解读不一致");

  // A sibling street's clerk cannot open the loop.
  const sibling = await as(browser, "sibling_clerk");
  expect((await sibling.goto(loopUrl))?.status()).toBe(404);
});
