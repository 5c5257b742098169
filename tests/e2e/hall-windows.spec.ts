import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { addDays, todayInShanghai } from "../../lib/core/calendar-math";
import { fieldError, login } from "./helpers";

// Journeys of the A/B role, leave and duty pages (§7.1, §7.7, §5.2.1; SPEC §2.7, §3.12.5) at the
// demo 市南区 centre: 杨帆 (district_clerk) and 高峰 (district_clerk_b) are A/B of windows 1 and 2;
// 孙丽娟 (district_reviewer) is the window lead; 刘志刚 (district_admin) keeps the windows.

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

/**
 * A server-side refusal shown to the user: under its field, or (where the action client reports it
 * as a form-level message) above the form. Either way the Chinese text must be visible.
 */
async function expectRefusal(scope: Page | Locator, text: string) {
  await expect(scope.locator('[id$="-error"], [data-testid$="error"]').filter({ hasText: text }).first()).toBeVisible();
}

/** The Monday `weeks` weeks after this week's Monday (Shanghai). */
function mondayIn(weeks: number): string {
  const today = todayInShanghai();
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, 7 * weeks - ((weekday + 6) % 7));
}

test("admin sets up a window; the reviewer pairs A and B; an overlapping pair is refused", async ({ browser }) => {
  const admin = await as(browser, "district_admin");
  await admin.goto("/hall/windows");
  await expect(admin.getByTestId("window-row-1")).toContainText("杨帆");
  await admin.getByTestId("window-create").click();
  const windowNo = `E${Math.floor(Math.random() * 9000 + 1000)}`;
  await admin.getByTestId("window-no").fill(windowNo);
  await admin.getByTestId("window-name").fill("测试综合窗口");
  await admin.getByTestId("window-submit").click();
  await expect(admin.getByTestId("window-items")).toContainText("请至少选择一项受理事项");
  await admin.getByTestId("window-items").locator("input[type=checkbox]").first().check();
  await admin.getByTestId("window-submit").click();
  await admin.waitForURL(/\/hall\/windows\/c[a-z0-9]+$/);
  const windowUrl = admin.url();

  await admin.goto("/hall/windows/new");
  await admin.getByTestId("window-no").fill(windowNo);
  await admin.getByTestId("window-name").fill("重复编号窗口");
  await admin.getByTestId("window-items").locator("input[type=checkbox]").first().check();
  await admin.getByTestId("window-submit").click();
  await expectRefusal(admin, "该窗口编号在本单位已存在");

  // The new window has no pair yet: the list flags it (ORG-40).
  await admin.goto("/hall/windows");
  await expect(admin.getByTestId("incomplete-pairs")).toContainText(`${windowNo}号窗口`);

  const reviewer = await as(browser, "district_reviewer");
  await reviewer.goto(windowUrl);
  await reviewer.getByTestId("assignment-a").selectOption({ label: "杨帆" });
  await reviewer.getByTestId("assignment-b").selectOption({ label: "杨帆" });
  await reviewer.getByTestId("assignment-submit").click();
  await expect(await fieldError(reviewer, "assignment-b")).toHaveText("A角与B角不能是同一人");
  await reviewer.getByTestId("assignment-b").selectOption({ label: "高峰" });
  await reviewer.getByTestId("assignment-submit").click();
  await expect(reviewer.getByTestId("assignments-table")).toContainText("当前有效");
  await reviewer.getByTestId("assignment-a").selectOption({ label: "高峰" });
  await reviewer.getByTestId("assignment-b").selectOption({ label: "杨帆" });
  await reviewer.getByTestId("assignment-submit").click();
  await expectRefusal(reviewer, "期间不能重叠");
  await reviewer.goto("/hall/windows");
  await expect(reviewer.getByTestId(`window-row-${windowNo}`)).toContainText("高峰");
  await expect(reviewer.getByTestId("incomplete-pairs")).toHaveCount(0);
});

test("a clerk steps away and back; the window list shows the presence", async ({ browser }) => {
  const clerk = await as(browser, "district_clerk");
  await clerk.goto("/hall/windows");
  await clerk.getByTestId("presence-status").selectOption("TEMP_AWAY");
  await clerk.getByTestId("presence-note").fill("去档案室调阅材料");
  await clerk.getByTestId("presence-submit").click();
  await expect(clerk.getByTestId("window-row-1")).toContainText("暂离");
  await clerk.getByTestId("presence-status").selectOption("ON_DUTY");
  await clerk.getByTestId("presence-submit").click();
  await expect(clerk.getByTestId("window-row-1")).not.toContainText("暂离");
});

test("simultaneous A/B leave is blocked with the standard's words and approved only as a window lead's override", async ({ browser }) => {
  const monday = mondayIn(3);
  const [tue, wed, thu, fri] = [1, 2, 3, 4].map((n) => addDays(monday, n));
  const a = await as(browser, "district_clerk");
  await a.goto("/hall/leave");
  await a.getByTestId("leave-type").selectOption("ANNUAL");
  await a.getByTestId("leave-start").fill(`${tue}T08:30`);
  await a.getByTestId("leave-end").fill(`${thu}T17:00`);
  await a.getByTestId("leave-reason").fill("回老家探亲");
  await a.getByTestId("leave-submit").click();
  await expect(a.getByTestId("my-leave-table")).toContainText("待审批");

  const lead = await as(browser, "district_reviewer");
  await lead.goto("/hall/leave");
  const first = lead.getByTestId("pending-leave-item").filter({ hasText: "杨帆" });
  await first.getByTestId("leave-approve").click();
  await expect(lead.getByTestId("pending-leave-item").filter({ hasText: "杨帆" })).toHaveCount(0);

  const b = await as(browser, "district_clerk_b");
  await b.goto("/hall/leave");
  await b.getByTestId("leave-type").selectOption("PERSONAL");
  await b.getByTestId("leave-start").fill(`${wed}T08:30`);
  await b.getByTestId("leave-end").fill(`${fri}T17:00`);
  await b.getByTestId("leave-submit").click();
  await expect(b.getByTestId("leave-conflict-notice")).toContainText("互为AB角人员原则上不能同期休假");

  await lead.reload();
  const item = lead.getByTestId("pending-leave-item").filter({ hasText: "高峰" });
  await expect(item.getByTestId("leave-conflict")).toContainText(wed);
  await item.getByTestId("leave-approve").click();
  await expectRefusal(item, "互为AB角人员原则上不能同期休假");
  await item.getByTestId("leave-override-reason").fill("家中老人住院，确需同期休假");
  await item.getByTestId("leave-substitute").selectOption({ label: "孙丽娟" });
  await item.getByTestId("leave-approve").click();
  await expect(lead.getByTestId("leave-overrides")).toContainText("家中老人住院");

  await b.reload();
  await expect(b.getByTestId("my-leave-table")).toContainText("AB角同期（特批）");
  await b.getByTestId("leave-cancel").click();
  await expect(b.getByTestId("my-leave-table")).toContainText("已撤销");
});

test("the reviewer generates, publishes and prints next week's lunch roster; handlers see the extended-service list", async ({ browser }) => {
  const reviewer = await as(browser, "district_reviewer");
  const monday = mondayIn(1);
  await reviewer.goto(`/hall/duty?week=${monday}`);
  await expect(reviewer.getByTestId("roster-incomplete")).toBeVisible();
  await reviewer.getByTestId("roster-generate").click();
  await expect(reviewer.getByTestId(`roster-day-${monday}`)).toContainText("未发布");
  await reviewer.getByTestId("roster-publish").click();
  await expect(reviewer.getByTestId(`roster-day-${monday}`)).toContainText("已发布");
  await expect(reviewer.getByTestId("roster-incomplete")).toHaveCount(0);

  const action = await reviewer.locator("form:has([data-testid=roster-print])").getAttribute("action");
  const pdf = await reviewer.request.post(action!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const clerk = await as(browser, "district_clerk");
  await clerk.goto("/hall/duty");
  await expect(clerk.getByTestId("extended-list")).toBeVisible();
  await clerk.goto(`/hall/duty?week=${monday}`);
  await expect(clerk.getByTestId("roster-week")).toContainText("已发布");
  await expect(clerk.getByTestId("roster-generate")).toHaveCount(0);

  // A street clerk of the sibling unit cannot open the district's roster.
  const sibling = await as(browser, "sibling_clerk");
  const unit = new URL(action!, "http://x").pathname.split("/").pop()!.split("_")[0];
  const res = await sibling.goto(`/hall/duty?unit=${unit}`);
  expect(res?.status()).toBe(404);
});
