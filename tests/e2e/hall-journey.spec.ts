import { expect, test } from "@playwright/test";
import { randomChineseName } from "./helpers";
import { as, carryBadReviewLoopToClosure, expectPdf, rateBadlyOnPhone, registerPerson } from "./hall-steps";

// Acceptance of the service hall (§7.6, §7.8, §7.9, §9): a clerk registers a case with a missing
// material and prints the one-time notice and the contact card; the client comes back and a
// different clerk finds the case by ID number; it lands in the first handler's queue; the case is
// accepted and completed and evaluated badly through the public QR page (same browser, no
// session); the bad-review loop is carried through to closure. Each user has their own context.

test("办件全流程：材料不全一次性告知并发卡，他人代收补交材料转首办人，受理办结，扫码差评并整改闭环", async ({ browser }) => {
  test.setTimeout(180_000);
  const clerk = await as(browser, "district_clerk");
  const name = randomChineseName("于");
  const idNumber = await registerPerson(clerk, name);

  // 受理登记: find the client, pick 优待证申领 at window 1 (the clerk's A window is preselected).
  await clerk.goto("/hall/cases/new");
  await clerk.getByTestId("case-client-id").fill(idNumber);
  await clerk.getByTestId("case-client-lookup").click();
  await expect(clerk.getByTestId("case-register-form")).toContainText(name);
  expect(clerk.url()).not.toContain(idNumber);
  await clerk.getByTestId("case-item").selectOption("PC-001");
  await clerk.getByTestId("case-register-submit").click();
  await expect(clerk.getByTestId("case-summary")).toContainText("已登记");
  const caseUrl = new URL(clerk.url()).pathname;

  // Material check: one missing. The notice lists it with how to obtain it; the card is issued.
  const materials = clerk.getByTestId("materials-form").locator("li");
  const count = await materials.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) await clerk.getByTestId(`material-state-${i}`).selectOption(i === 1 ? "MISSING" : "OK");
  await clerk.getByTestId("materials-save").click();
  await expect(clerk.getByTestId("materials-saved")).toBeVisible();
  // Acceptance is not offered while a mandatory material is missing.
  await expect(clerk.getByTestId("case-step-accept")).toHaveCount(0);
  await clerk.getByTestId("notice-issue-submit").click();
  await expect(clerk.getByTestId("case-summary")).toContainText("待补正");
  await expect(clerk.getByTestId("notice-1")).toContainText("需补交");
  await expectPdf(clerk, "print-notice-1", "/api/hall/print/notice/");
  await expectPdf(clerk, "print-case-card", "/api/hall/print/card/");

  // The client returns; the B-role clerk at the window finds the case by ID number and takes the material.
  const other = await as(browser, "district_clerk_b");
  await other.goto("/hall/cases");
  await other.getByTestId("case-lookup-input").fill(idNumber);
  await other.getByTestId("case-lookup-submit").click();
  await expect(other).toHaveURL(new RegExp(`${caseUrl}$`));
  expect(other.url()).not.toContain(idNumber);
  await expect(other.getByTestId("case-summary")).toContainText("杨帆");
  // Not the first handler, and the first handler is on duty: no material check, only the supplement.
  await expect(other.getByTestId("materials-save")).toHaveCount(0);
  await other.getByTestId("supplement-note").fill("补交退役证原件及复印件");
  await other.getByTestId("supplement-submit").click();
  await expect(other.getByTestId("supplement-recorded")).toBeVisible();

  // It lands at the top of the first handler's queue, flagged.
  await clerk.goto("/");
  const row = clerk.getByTestId("desk-own-case").filter({ hasText: name });
  await expect(row).toContainText("已补交材料待核验");
  await row.getByRole("link").click();
  await expect(clerk.getByTestId("case-supplement-alert")).toContainText("高峰");
  await clerk.getByTestId("material-state-1").selectOption("OK");
  await clerk.getByTestId("materials-save").click();
  await expect(clerk.getByTestId("materials-saved")).toBeVisible();
  await expect(clerk.getByTestId("case-supplement-alert")).toHaveCount(0);
  await clerk.getByTestId("case-step-accept").click();
  await expect(clerk.getByTestId("case-summary")).toContainText("已受理");
  await expect(clerk.getByTestId("case-summary")).toContainText("剩余");
  await clerk.getByTestId("case-step-start").click();
  await expect(clerk.getByTestId("case-summary")).toContainText("办理中");
  await clerk.getByTestId("case-outcome").selectOption("APPROVED");
  await clerk.getByTestId("case-complete-submit").click();
  await expect(clerk.getByTestId("case-summary")).toContainText("已办结");

  // EVA-02: the completed case shows its QR code; the client rates it 不满意 without a session.
  await expect(clerk.getByTestId("evaluation-state")).toHaveText("待评价");
  await expect(clerk.getByTestId("evaluation-qr")).toBeVisible();
  const link = (await clerk.getByTestId("evaluation-link").getAttribute("data-url"))!;
  const comment = `等候时间太长-${Date.now()}`;
  const phone = await rateBadlyOnPhone(browser, link, comment);
  // The token is single-use: opening it again shows no form.
  await phone.goto(new URL(link).pathname);
  await expect(phone.getByTestId("public-evaluation-form")).toHaveCount(0);
  await clerk.reload();
  await expect(clerk.getByTestId("evaluation-state")).toHaveText("已评价");

  // The bad rating opened a loop (§9.2.1), carried through to closure.
  await carryBadReviewLoopToClosure(browser, clerk, comment);

  // A sibling street's clerk cannot open the case.
  const sibling = await as(browser, "sibling_clerk");
  const res = await sibling.goto(caseUrl);
  expect(res?.status()).toBe(404);
});
