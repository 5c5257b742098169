import { expect, test, type Page } from "@playwright/test";
import { randomChineseName } from "./helpers";
import { as, registerPerson } from "./hall-steps";

// Service-hall journeys of §7.2, §7.3, §7.5 and §7.9.3: a consultation not answered on the spot
// and its reply; a workday appointment booked in a slot and confirmed; a proxy entrustment with
// the signed material hand-over and the agent registering the case; a home-service request made
// eligible and scheduled. The sibling street never sees the hall's records.

/** 'YYYY-MM-DD' in Shanghai, `days` after today. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A Tuesday at least a week away: a working day under the Mon–Fri rule, clear of the loaded holidays. */
function nextTuesday(): string {
  for (let d = 7; ; d++) {
    const day = shanghaiDay(d);
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === 2 && !day.endsWith("-01-01")) return day;
  }
}

async function createPerson(page: Page): Promise<{ idNumber: string; name: string }> {
  const name = randomChineseName("鞠");
  return { idNumber: await registerPerson(page, name), name };
}

async function pickClient(page: Page, prefix: string, idNumber: string, name: string) {
  await page.getByTestId(`${prefix}-id`).fill(idNumber);
  await page.getByTestId(`${prefix}-search`).click();
  await expect(page.getByTestId(`${prefix}-chosen`)).toContainText(name);
}

test("consultation, appointment, proxy and home service at the district hall", async ({ browser }) => {
  const clerk = await as(browser, "district_clerk");
  const client = await createPerson(clerk);

  // §7.9.3: not answered on the spot → a reason is required, a reply date defaults; the reply is recorded later.
  await clerk.goto("/hall/consultations/new");
  await pickClient(clerk, "consultation-client", client.idNumber, client.name);
  await clerk.getByTestId("consultation-topic").selectOption("PREFERENTIAL_PENSION");
  await clerk.getByTestId("consultation-question").fill("伤残等级调整需要哪些材料？");
  await clerk.getByTestId("consultation-onSpot-no").check();
  await clerk.getByTestId("consultation-submit").click();
  await expect(clerk.getByText("暂时无法解答的，须写明理由")).toBeVisible();
  await clerk.getByTestId("consultation-reason").fill("需向区人社局核实最新政策口径");
  await expect(clerk.getByTestId("consultation-dueDate")).not.toHaveValue("");
  await clerk.getByTestId("consultation-submit").click();
  await expect(clerk.getByTestId("consultation-detail")).toContainText("需向区人社局核实最新政策口径");
  await expect(clerk.getByText(/待答复/)).toBeVisible();
  await clerk.getByTestId("follow-up-answer").fill("经核实，携带残疾军人证和医院诊断证明到窗口申请");
  await clerk.getByTestId("follow-up-submit").click();
  await expect(clerk.getByText("已答复")).toBeVisible();
  await clerk.goto("/hall/consultations?onSpot=no");
  await expect(clerk.getByTestId("consultation-table")).toContainText(client.name);

  // §7.2 / AMB-50: a workday appointment in a 30-minute slot of the window, confirmed; 受理登记 links the case form.
  const day = nextTuesday();
  await clerk.goto("/hall/appointments/new");
  await pickClient(clerk, "appointment-client", client.idNumber, client.name);
  await clerk.getByTestId("appointment-contactPhone").fill("13912345678");
  await clerk.getByTestId("appointment-item").selectOption({ index: 1 });
  await clerk.getByTestId("appointment-date").fill(day);
  await clerk.getByTestId("appointment-window").selectOption({ index: 1 });
  await expect(clerk.getByTestId("appointment-slot").locator("option")).toHaveCount(15);
  await expect(clerk.getByTestId("appointment-slot").locator("option").nth(1)).toContainText("08:30–09:00（已约");
  await clerk.getByTestId("appointment-slot").selectOption("08:30");
  await clerk.getByTestId("appointment-submit").click();
  await expect(clerk.getByTestId("appointment-detail")).toContainText(`${day} 08:30–09:00`);
  await clerk.getByTestId("appointment-confirm").click();
  await expect(clerk.getByTestId("appointment-status").first()).toHaveText("已确认");
  await expect(clerk.getByTestId("appointment-register-case")).toHaveAttribute("href", /\/hall\/cases\/new\?appointmentId=.+&personId=.+&itemCode=/);
  await clerk.goto(`/hall/appointments?date=${day}`);
  await expect(clerk.getByTestId("appointment-schedule")).toContainText(client.name);

  // §7.5: a proxy entrustment; the agent (PROXY_AGENT) takes the materials, both sign, and registers the case.
  await clerk.goto("/hall/assist/new");
  await clerk.getByTestId("assist-kind").selectOption("PROXY");
  await clerk.getByTestId("assist-agent").selectOption({ label: "高峰" });
  await pickClient(clerk, "assist-client", client.idNumber, client.name);
  await clerk.getByTestId("assist-item").selectOption({ index: 1 });
  await expect(clerk.getByTestId("material-check")).toBeVisible();
  await clerk.getByTestId("assist-submit").click();
  await expect(clerk.getByText("代办须选择代办原因")).toBeVisible();
  await clerk.getByTestId("assist-proxyReason").selectOption("ELDERLY");
  await clerk.getByTestId("assist-entrustment").fill("委托书一份，委托人签字按印");
  await clerk.getByTestId("assist-submit").click();
  await expect(clerk.getByTestId("assist-status")).toHaveText("已登记");
  const assistUrl = new URL(clerk.url()).pathname;

  const agent = await as(browser, "district_clerk_b");
  await agent.goto(assistUrl);
  await agent.getByTestId("handover-in-save").click();
  await expect(agent.getByTestId("handover-in-print")).toBeVisible();
  await agent.getByTestId("handover-in-from-signed").check();
  await agent.getByTestId("handover-in-confirm").click();
  await expect(agent.getByText("须由接收方在交接单上签字")).toBeVisible();
  await agent.getByTestId("handover-in-to-signed").check();
  await agent.getByTestId("handover-in-confirm").click();
  await expect(agent.getByTestId("assist-status")).toHaveText("材料已交接");
  await agent.getByTestId("assist-start").click();
  await expect(agent.getByTestId("assist-status")).toHaveText("代办中");
  await expect(agent.getByTestId("assist-detail")).toContainText("办件");

  // ORG-20: the sibling street does not see the hall's records (404, not 403).
  const sibling = await as(browser, "sibling_clerk");
  expect((await sibling.goto(assistUrl))?.status()).toBe(404);
  await sibling.goto("/hall/assist");
  await expect(sibling.getByTestId("assist-table")).toHaveCount(0);

  // §7.3: a home-service request, eligible (a and b), scheduled with two staff.
  await clerk.goto("/hall/home/new");
  await pickClient(clerk, "home-client", client.idNumber, client.name);
  // 抚恤定补申请 needs on-site authentication (§7.3.1 a) and may be done at home.
  await clerk.getByTestId("home-item").selectOption("PC-004");
  await clerk.getByTestId("home-needsA-yes").check();
  await clerk.getByTestId("home-hardship").selectOption("SERIOUS_ILLNESS");
  await clerk.getByTestId("home-hardshipNote").fill("本人长期卧床，有三甲医院诊断证明");
  await clerk.getByTestId("home-submit").click();
  await expect(clerk.getByTestId("home-status")).toHaveText("已申请");
  await clerk.getByTestId("home-eligibility-submit").click();
  await expect(clerk.getByText("须核实本人存在重病、伤残等实际困难")).toBeVisible();
  await clerk.getByTestId("home-hardshipConfirmed").check();
  await clerk.getByTestId("home-eligibility-submit").click();
  await expect(clerk.getByTestId("home-status")).toHaveText("符合条件");
  await clerk.getByTestId("home-agreedAt").fill(`${shanghaiDay(2)}T10:00`);
  await clerk.getByTestId("home-address").fill("市南区香港中路10号");
  await clerk.getByRole("checkbox", { name: "杨帆" }).check();
  await clerk.getByRole("checkbox", { name: "高峰" }).check();
  await clerk.getByTestId("home-schedule-submit").click();
  await expect(clerk.getByTestId("home-status")).toHaveText("已约定");
  await expect(clerk.getByTestId("home-detail")).toContainText("杨帆、高峰");
});
