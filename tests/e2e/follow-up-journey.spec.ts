import { expect, test } from "@playwright/test";
import { randomChineseName } from "./helpers";
import { as, caseInProgress, registerPerson } from "./hall-steps";

// Acceptance of follow-up (§7.4) and the inbox: the first handler tracks an accepted case
// in the ledger; completing an employment case (a focus domain, HALL-60) plans a return visit; an
// unsatisfied visit with a poor effect opens a supervision task and a bad-review loop; the
// supervisor finds the task in the inbox, the hall rectifies and the reviewer verifies it. The
// sibling street sees none of it.

test("跟踪回访：首办人登记跟踪台账，办结后回访不满意发起督导与差评闭环，督导整改后由审核人员核验", async ({ browser }) => {
  test.setTimeout(150_000);
  const clerk = await as(browser, "district_clerk");
  const name = randomChineseName("鞠");
  const idNumber = await registerPerson(clerk, name);
  const c = await caseInProgress(clerk, idNumber, name, "EMP-001");

  // §7.4.1 跟踪台账: the case is in the ledger; the first handler records an entry.
  await clerk.goto("/hall/follow-up");
  const row = clerk.getByTestId("tracking-ledger-row").filter({ hasText: c.caseNo });
  await expect(row).toContainText(name);
  await expect(row).toHaveAttribute("data-stale", "false");
  await row.getByRole("link", { name: c.caseNo }).click();
  await expect(clerk).toHaveURL(new RegExp(`/hall/follow-up/cases/${c.id}$`));
  await clerk.getByTestId("tracking-submit").click();
  await expect(clerk.getByTestId("tracking-progress")).toHaveAttribute("aria-invalid", "true");
  await clerk.getByTestId("tracking-method").selectOption("PHONE_FOLLOWUP");
  await clerk.getByTestId("tracking-progress").fill("已电话告知服务对象推荐岗位，约定下周面试");
  await clerk.getByTestId("tracking-next-step").fill("面试后电话回访结果");
  await clerk.getByTestId("tracking-submit").click();
  await expect(clerk.getByTestId("tracking-entry")).toHaveCount(1);
  await expect(clerk.getByTestId("tracking-entry").first()).toContainText("约定下周面试");
  await expect(clerk.getByTestId("tracking-entry").first()).toContainText("电话回访");

  // The B role does not write while A is on duty (HALL-31).
  const other = await as(browser, "district_clerk_b");
  await other.goto(`/hall/follow-up/cases/${c.id}`);
  await expect(other.getByTestId("tracking-entry")).toHaveCount(1);
  await expect(other.getByTestId("tracking-form")).toHaveCount(0);

  // Completion plans the return visit (HALL-60: employment is a focus domain).
  await clerk.goto(`/hall/cases/${c.id}`);
  await clerk.getByTestId("case-outcome").selectOption("APPROVED");
  await clerk.getByTestId("case-complete-submit").click();
  await expect(clerk.getByTestId("case-summary")).toContainText("已办结");
  await clerk.goto("/hall/follow-up/visits");
  const visit = clerk.getByTestId("visit-row").filter({ hasText: c.caseNo });
  await expect(visit).toContainText("就业安置");
  await expect(visit).toContainText("待回访");
  await visit.getByRole("link", { name: c.caseNo }).click();
  await expect(clerk).toHaveURL(/\/hall\/follow-up\/visits\/[^/?]+$/);
  const visitUrl = new URL(clerk.url()).pathname;

  // §7.4.2: an unsatisfied client, policy only partly carried out, a poor effect.
  await clerk.getByTestId("visit-submit").click();
  await expect(clerk.getByTestId("visit-satisfaction")).toHaveAttribute("aria-invalid", "true");
  await clerk.getByTestId("visit-method").selectOption("HOME");
  await clerk.getByTestId("visit-satisfaction").selectOption("DISSATISFIED");
  await clerk.getByTestId("visit-policy").selectOption("PARTIAL");
  await clerk.getByTestId("visit-effect").selectOption("POOR");
  await clerk.getByTestId("visit-feedback").fill("推荐的岗位与技能不符");
  await clerk.getByTestId("visit-submit").click();
  await expect(clerk.getByTestId("visit-result")).toContainText("不满意");
  await expect(clerk.getByTestId("visit-bad-review")).toContainText("差评闭环");
  await expect(clerk.getByTestId("visit-supervision")).toContainText("督导落实任务");
  await clerk.getByTestId("visit-supervision").getByRole("link").click();
  await expect(clerk).toHaveURL(/\/hall\/follow-up\/supervision\/[^/?]+$/);
  await expect(clerk.getByTestId("supervision-summary")).toContainText("推荐的岗位与技能不符");
  const taskUrl = new URL(clerk.url()).pathname;

  // The supervised hall rectifies.
  await clerk.getByTestId("supervision-start").click();
  await expect(clerk.getByTestId("supervision-history")).toContainText("督导中");
  await expect(clerk.getByTestId("supervision-start")).toHaveCount(0);
  await clerk.getByTestId("supervision-resolve").click();
  await expect(clerk.getByTestId("supervision-actions")).toHaveAttribute("aria-invalid", "true");
  await clerk.getByTestId("supervision-actions").fill("已重新匹配电工岗位并陪同面试");
  await clerk.getByTestId("supervision-resolve").click();
  await expect(clerk.getByTestId("supervision-history")).toContainText("已整改");
  // The resolver is not offered the verification (ORG-30).
  await expect(clerk.getByTestId("supervision-verify")).toHaveCount(0);

  // The supervisor finds it in the inbox and verifies it.
  const reviewer = await as(browser, "district_reviewer");
  await reviewer.goto("/inbox");
  const reminder = reviewer.getByTestId("reminder-row").filter({ hasText: "督导任务已整改完成" }).first();
  await expect(reminder).toHaveAttribute("data-unread", "true");
  await reminder.getByTestId("reminder-open").click();
  await expect(reviewer).toHaveURL(new RegExp(`${taskUrl}$`));
  await reviewer.getByTestId("supervision-verify").click();
  await expect(reviewer.getByTestId("supervision-history")).toContainText("已核验");
  await reviewer.goto("/inbox");
  await expect(reviewer.getByTestId("reminder-row").filter({ hasText: "督导任务已整改完成" }).first()).toHaveAttribute("data-unread", "false");
  await reviewer.getByTestId("reminder-mark-all").click();
  await expect(reviewer.getByTestId("reminder-row").first()).toHaveAttribute("data-unread", "false");

  // the reviewer exports the ledger (masked, audited).
  const file = await reviewer.request.get("/api/hall/xlsx/follow-up/visits?status=DONE");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("spreadsheetml");
  expect(decodeURIComponent(file.headers()["content-disposition"])).toContain("回访工作台账");

  // The sibling street sees none of it.
  const sibling = await as(browser, "sibling_clerk");
  for (const url of [`/hall/follow-up/cases/${c.id}`, visitUrl, taskUrl]) {
    expect((await sibling.goto(url))?.status()).toBe(404);
  }
  await sibling.goto("/hall/follow-up/visits?show=all");
  await expect(sibling.getByTestId("visit-row").filter({ hasText: c.caseNo })).toHaveCount(0);
});
