import { expect, test, type Browser, type Page } from "@playwright/test";
import { fieldError, login, randomChineseName, randomIdNumber } from "./helpers";
import { portraitPng, tinyPdf, type UploadFile } from "./fixtures/files";

// Acceptance of the information-collection module (§6.1, SPEC §3.1.4): collect → return with a
// defect → fix and resubmit → initial / district / city approval → provincial export; the
// sibling street never sees the file. Each user works in their own browser context.

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, username);
  return page;
}

/** /ic/new: look an unregistered ID number up (retrying if a random one happens to exist). */
async function startNewProfile(page: Page, birthFrom = 1976, birthTo = 1990): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const idNumber = randomIdNumber(birthFrom, birthTo);
    await page.goto("/ic/new");
    await page.getByTestId("ic-id-input").fill(idNumber);
    await page.getByTestId("ic-lookup-submit").click();
    const miss = page.getByTestId("ic-person-name");
    const hit = page.getByTestId("ic-lookup-person").or(page.getByTestId("ic-lookup-existing")).or(page.getByTestId("ic-lookup-out-of-scope"));
    await expect(miss.or(hit)).toBeVisible();
    if (await miss.isVisible()) return idNumber;
  }
  throw new Error("no free ID number found");
}

/** Step 2 of /ic/new for a new person: register them as 退役士兵 and open the new file. */
async function createVeteranProfile(page: Page, name: string): Promise<string> {
  await page.getByTestId("ic-person-name").fill(name);
  await page.getByTestId("ic-person-mobile").fill("13812345678");
  await page.getByTestId("ic-person-orgUnitId").selectOption({ index: 1 });
  await page.getByTestId("ic-person-hukouAddress").fill("青岛市市南区香港中路10号");
  await page.getByTestId("ic-category-DISCHARGED_SOLDIER").check();
  await expect(page.getByTestId("ic-primary")).toHaveValue("DISCHARGED_SOLDIER");
  await page.getByTestId("ic-channel").selectOption("WINDOW");
  await page.getByTestId("ic-create-submit").click();
  await expect(page.getByTestId("ic-created")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  expect(id).toBeTruthy();
  return id;
}

async function openTab(page: Page, key: string) {
  await page.getByTestId(`ic-tab-${key}`).click();
  await expect(page.getByTestId(`ic-tab-${key}`)).toHaveAttribute("aria-current", "page");
}

async function saveGroup(page: Page, group: string) {
  const form = page.getByTestId(`ic-group-form-${group}`);
  await form.getByTestId("ic-group-save").click();
  await expect(form.getByTestId("ic-group-saved")).toContainText("已保存");
}

async function markGroupNone(page: Page, group: string) {
  await openTab(page, group);
  const form = page.getByTestId(`ic-group-form-${group}`);
  await form.getByTestId("ic-group-none").click();
  await expect(form.getByTestId("ic-group-saved")).toContainText("已标记为“无”");
}

async function uploadDocument(page: Page, docType: string, file: UploadFile) {
  const row = page.getByTestId(`doc-row-${docType}`);
  await row.getByTestId(`doc-upload-${docType}`).setInputFiles(file);
  await expect(row.getByTestId("attachment-link")).toHaveCount(1, { timeout: 15_000 });
  await expect(row.getByTestId("doc-upload-error")).toHaveCount(0);
  // The upload marks the row 已提供 (shown at once); the clerk confirms the mark and saves it.
  await expect(row.getByTestId(`doc-provided-${docType}`)).toHaveValue("YES");
  await row.getByTestId(`doc-provided-${docType}`).selectOption("YES");
  await row.getByTestId(`doc-save-${docType}`).click();
  await expect(row.getByTestId(`doc-provided-${docType}`)).toHaveValue("YES");
}

async function openFromReviewDesk(page: Page, name: string) {
  await page.goto("/ic/review");
  const row = page.getByTestId("review-queue-row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name }).click();
  await expect(page.getByTestId("review-panel")).toBeVisible();
}

test("信息采集全流程：采集提交、退回修改、三级审核、上报省级，相邻街道不可见", async ({ browser }) => {
  test.setTimeout(300_000);
  const name = randomChineseName("鲁");

  // 1. The community clerk collects a discharged soldier until the file is 100 % complete.
  const clerk = await as(browser, "village_clerk");
  const idNumber = await startNewProfile(clerk);
  const birthYear = Number(idNumber.slice(6, 10));
  const profileId = await createVeteranProfile(clerk, name);
  const profileUrl = `/ic/${profileId}`;
  await expect(clerk.getByTestId("ic-status")).toHaveText("草稿");
  await expect(clerk.getByTestId("ic-completeness")).not.toHaveText("100%");

  await openTab(clerk, "BASIC");
  await clerk.getByTestId("ic-f-ethnicity").selectOption("01");
  await clerk.getByTestId("ic-f-nativePlace").fill("山东青岛");
  await clerk.getByTestId("ic-f-politicalStatus").selectOption("MASSES");
  await clerk.getByTestId("ic-f-education").selectOption("HIGH_SCHOOL");
  await clerk.getByTestId("ic-f-maritalStatus").selectOption("MARRIED");
  await clerk.getByTestId("ic-f-healthStatus").selectOption("HEALTHY");
  await clerk.getByTestId("ic-f-emergencyContactName").fill("鲁秀英");
  await clerk.getByTestId("ic-f-emergencyContactPhone").fill("13900001111");
  await saveGroup(clerk, "BASIC");

  await markGroupNone(clerk, "ORG_SOCIAL");

  await openTab(clerk, "SERVICE");
  await clerk.getByTestId("ic-item-add").click();
  const enlisted = birthYear + 18;
  await clerk.getByTestId("ic-f-items.0.enlistmentDate").fill(`${enlisted}-09-10`);
  await clerk.getByTestId("ic-f-items.0.dischargeDate").fill(`${enlisted + 5}-12-01`);
  await clerk.getByTestId("ic-f-items.0.branch").selectOption("ARMY");
  await clerk.getByTestId("ic-f-items.0.soldierType").selectOption("NCO");
  await clerk.getByTestId("ic-f-items.0.lastRank").fill("中士");
  await clerk.getByTestId("ic-f-items.0.postCategory").selectOption("SUPPORT");
  await clerk.getByTestId("ic-f-items.0.enlistmentPlace").fill("青岛市市南区");
  await clerk.getByTestId("ic-f-items.0.combatOrTest").selectOption("NONE");
  await clerk.getByTestId("ic-f-items.0.dischargeCertType").selectOption("DISCHARGE");
  await clerk.getByTestId("ic-f-items.0.dischargeCertNo").fill(`TY${birthYear}0815`);
  await saveGroup(clerk, "SERVICE");

  await markGroupNone(clerk, "MERIT");

  await openTab(clerk, "PLACEMENT");
  await clerk.getByTestId("ic-f-placementMode").selectOption("SELF_EMPLOYED_SOLDIER");
  await clerk.getByTestId("ic-f-placementYear").fill(String(enlisted + 6));
  await clerk.getByTestId("ic-f-placementDistrictCode").selectOption("370202");
  await clerk.getByTestId("ic-f-resumedStudy").selectOption("false");
  await clerk.getByTestId("ic-f-oneTimeSubsidyStatus").selectOption("PAID");
  await saveGroup(clerk, "PLACEMENT");

  await openTab(clerk, "EMPLOYMENT");
  await clerk.getByTestId("ic-f-status").selectOption("EMPLOYED_UNIT");
  await clerk.getByTestId("ic-f-employerName").fill("青岛港湾物流有限公司");
  await clerk.getByTestId("ic-f-position").fill("安全主管");
  await clerk.getByTestId("ic-f-since").fill(`${enlisted + 7}-03-01`);
  await clerk.getByTestId("ic-f-needs-TRAINING").check();
  await saveGroup(clerk, "EMPLOYMENT");

  await markGroupNone(clerk, "COMMENDATION");

  await openTab(clerk, "HARDSHIP");
  await clerk.getByTestId("ic-f-minLiving").selectOption("false");
  await clerk.getByTestId("ic-f-extremePoverty").selectOption("false");
  await clerk.getByTestId("ic-f-lowIncomeMarginal").selectOption("false");
  await saveGroup(clerk, "HARDSHIP");

  // Every required document: a scan (photo: a portrait PNG of at least 295×413), marked provided.
  await openTab(clerk, "DOCUMENTS");
  await expect(clerk.getByTestId("documents-panel")).toBeVisible();
  for (const doc of ["ID_CARD", "HUKOU_BOOKLET", "DISCHARGE_CERT", "EDUCATION_CERT"]) {
    await uploadDocument(clerk, doc, tinyPdf(`${doc.toLowerCase()}.pdf`, doc));
  }
  await uploadDocument(clerk, "PHOTO", portraitPng("photo.png"));
  await expect(clerk.getByTestId("ic-completeness")).toHaveText("100%", { timeout: 15_000 });

  // IC-07: the paper file's location, recorded by the collector.
  await openTab(clerk, "FOUR_ONES");
  await clerk.getByTestId("paper-room").fill("街道档案室");
  await clerk.getByTestId("paper-cabinet").fill("A3");
  await clerk.getByTestId("paper-box").fill("12");
  await clerk.getByTestId("paper-item").fill("7");
  await clerk.getByTestId("paper-save").click();
  await expect(clerk.getByTestId("paper-file-form").getByText("纸质档案存放位置已保存")).toBeVisible();
  await expect(clerk.getByTestId("four-ones-paper")).toHaveAttribute("data-ok", "true");

  await openTab(clerk, "REVIEW");
  await expect(clerk.getByTestId("review-blockers")).toHaveCount(0);
  await clerk.getByTestId("review-action-submit").click();
  await expect(clerk.getByTestId("review-status")).toHaveText("待初审");

  // 2. The street reviewer (the community has none, AMB-05) returns it with a defect.
  const town = await as(browser, "town_reviewer");
  await openFromReviewDesk(town, name);
  await expect(town.getByTestId("review-status")).toHaveText("待初审");
  await town.getByTestId("review-action-return").click();
  await town.getByTestId("review-submit").click(); // an empty defect list is refused in Chinese
  await expect(await fieldError(town, "review-defect-field-0")).toHaveText("请选择问题项");
  await expect(await fieldError(town, "review-defect-reason-0")).toContainText("请写明退回原因");
  await town.getByTestId("review-defect-field-0").selectOption("group.BASIC");
  await town.getByTestId("review-defect-reason-0").fill("紧急联系电话与户口本登记不符，请核实后更正");
  await town.getByTestId("review-submit").click();
  await expect(town.getByTestId("review-status")).toHaveText("已退回");

  // 3. The clerk sees the return with its defect, corrects the field and resubmits.
  await clerk.goto(`${profileUrl}?tab=REVIEW`);
  await expect(clerk.getByTestId("review-status")).toHaveText("已退回");
  const returns = clerk.getByTestId("review-returns");
  await expect(returns).toContainText("基本信息");
  await expect(returns).toContainText("紧急联系电话与户口本登记不符");
  await expect(returns).toContainText("待修改");
  await openTab(clerk, "BASIC");
  await clerk.getByTestId("ic-f-emergencyContactPhone").fill("0532-82881234");
  await saveGroup(clerk, "BASIC");
  await expect(clerk.getByTestId("ic-completeness")).toHaveText("100%");
  await openTab(clerk, "REVIEW");
  await clerk.getByTestId("review-action-submit").click();
  await expect(clerk.getByTestId("review-status")).toHaveText("待初审");
  await expect(clerk.getByTestId("review-returns")).toContainText("已重新提交");

  // 4. The submitter is offered no approval (ORG-30), nor a return.
  await expect(clerk.getByTestId("review-action-approveInitial")).toHaveCount(0);
  await expect(clerk.getByTestId("review-action-return")).toHaveCount(0);
  await expect(clerk.getByTestId("review-panel")).toContainText("当前没有需要您办理的审核操作");

  // 5. Initial (street), district and city approval; the file number comes with the first.
  await openFromReviewDesk(town, name);
  await town.getByTestId("review-action-approveInitial").click();
  await expect(town.getByTestId("review-status")).toHaveText("待区级审核");
  await expect(town.getByTestId("ic-file-no")).not.toHaveText(/初审通过后编号/);
  await expect(town.getByTestId("review-action-approveDistrict")).toHaveCount(0);

  const district = await as(browser, "district_reviewer");
  await openFromReviewDesk(district, name);
  await district.getByTestId("review-action-approveDistrict").click();
  await expect(district.getByTestId("review-status")).toHaveText("待市级审核");

  const city = await as(browser, "city_reviewer");
  await city.goto("/ic/review");
  await city.getByTestId(`batch-select-${profileId}`).check();
  await city.getByTestId("batch-approve").click();
  await expect(city.getByTestId("batch-result")).toContainText("本批通过 1 条");
  await city.goto(profileUrl);
  await expect(city.getByTestId("ic-status")).toHaveText("市级审核通过（待上报）");

  // 6. The city admin creates the provincial batch and sees its password once.
  const admin = await as(browser, "city_admin");
  await admin.goto("/ic/exports");
  await admin.getByTestId("prov-export-mode").selectOption("DELTA");
  await admin.getByTestId("prov-export-create").click();
  await expect(admin.getByTestId("prov-export-error")).toHaveCount(0);
  const password = admin.getByTestId("prov-export-password");
  await expect(password).toBeVisible({ timeout: 30_000 });
  expect(((await password.textContent()) ?? "").trim().length).toBeGreaterThanOrEqual(8);
  await admin.goto(profileUrl);
  await expect(admin.getByTestId("ic-status")).toHaveText("已上报省级");
  await clerk.goto(profileUrl);
  await expect(clerk.getByTestId("ic-status")).toHaveText("已上报省级");

  // 7. A clerk of the sibling street finds nothing and gets a 404 on the URL.
  const sibling = await as(browser, "sibling_clerk");
  await sibling.goto("/persons");
  await sibling.getByTestId("person-id-search").fill(idNumber);
  await sibling.getByTestId("person-id-search-submit").click();
  await expect(sibling.getByTestId("person-id-search-miss")).toBeVisible();
  await sibling.goto(`/ic?name=${encodeURIComponent(name)}`);
  await expect(sibling.getByTestId("ic-row")).toHaveCount(0);
  const res = await sibling.goto(profileUrl);
  expect(res?.status()).toBe(404);

  for (const p of [clerk, town, district, city, admin, sibling]) await p.context().close();
});

test("采集分组表单填写错误时就地提示中文信息且不保存", async ({ page }) => {
  await login(page, "village_clerk");
  await startNewProfile(page);
  await createVeteranProfile(page, randomChineseName("纪"));
  await openTab(page, "BASIC");
  await page.getByTestId("ic-f-emergencyContactName").fill("纪秀兰");
  await page.getByTestId("ic-f-emergencyContactPhone").fill("12345");
  await page.getByTestId("ic-group-save").click();
  await expect(await fieldError(page, "ic-f-emergencyContactPhone")).toHaveText(/联系电话格式错误/);
  await expect(page.getByTestId("ic-group-saved")).toHaveCount(0);

  // Nothing was stored: a fresh load shows the group empty and still unfinished.
  await page.reload();
  await expect(page.getByTestId("ic-group-form-BASIC")).toBeVisible();
  await expect(page.getByTestId("ic-f-emergencyContactName")).toHaveValue("");
  await expect(page.getByTestId("ic-f-emergencyContactPhone")).toHaveValue("");
  await expect(page.getByTestId("ic-group-marked-none")).toHaveCount(0);
});
