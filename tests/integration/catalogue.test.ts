import { describe, expect, it } from "vitest";
import { randomInt } from "node:crypto";
import { db } from "@/lib/core/db";
import { Conflict, Forbidden, InvalidTransition } from "@/lib/core/errors";
import { createServiceItem, transitionServiceItem, updateServiceItem } from "@/lib/hall/catalogue/services";
import { getServiceItem, listServiceItems, unsafeGetPublishedItem, unsafeListPublishedItems } from "@/lib/hall/catalogue/queries";
import { ServiceItemCreateInput, type ServiceItemCreateInput as CreateInput } from "@/lib/hall/catalogue/schemas";
import { seedServiceItems } from "@/prisma/seed/service-items";
import { makeTree, makeUser } from "../support/factories";

function draftInput(overrides: Partial<CreateInput> = {}): CreateInput {
  return {
    code: `T-${Date.now().toString(36).toUpperCase()}${randomInt(1000)}`,
    name: "优待证申领（测试）",
    module: "PC",
    levels: ["DISTRICT", "TOWN"],
    legalBasis: "《中华人民共和国退役军人保障法》；《军人抚恤优待条例》",
    conditions: "户籍在本市的退役军人",
    requirements: "本人到场或委托代办",
    procedure: [{ title: "申请", description: "向户籍地服务站提出申请" }, { title: "审核" }],
    materials: [{ name: "居民身份证", originalOrCopy: "BOTH", count: 1, mandatory: true, howToObtain: "本人持有" }],
    promisedWorkingDays: 5,
    statutoryWorkingDays: 10,
    complaintChannel: "投诉电话 0532-12345678；地址：青岛市市南区某路1号",
    consultPhone: "0532-87654321",
    proxyEligible: true,
    homeServiceEligible: false,
    requiresOnSiteAuthentication: false,
    fee: "不收费",
    ...overrides,
  };
}

async function cityStaff() {
  const tree = await makeTree();
  const admin = await makeUser(tree.city, "ADMIN");
  const reviewer = await makeUser(tree.city, "REVIEWER");
  return { tree, admin, reviewer };
}

/** Drafts, reviews and publishes a new item; returns the published row. */
async function publishNew(admin: Awaited<ReturnType<typeof makeUser>>, reviewer: Awaited<ReturnType<typeof makeUser>>, input = draftInput()) {
  const draft = await createServiceItem(admin.scope, input);
  await transitionServiceItem(reviewer.scope, { id: draft.id, version: draft.version, action: "review" });
  const reviewed = await db.serviceItem.findUniqueOrThrow({ where: { id: draft.id } });
  await transitionServiceItem(admin.scope, { id: draft.id, version: reviewed.version, action: "publish" });
  return db.serviceItem.findUniqueOrThrow({ where: { id: draft.id }, include: { materials: true } });
}

describe("service catalogue (§7.10, SPEC §3.12.1)", () => {
  it("only the city admin drafts and edits items; district admins and city reviewers are refused", async () => {
    const { tree, admin, reviewer } = await cityStaff();
    const districtAdmin = await makeUser(tree.district, "ADMIN");
    const input = draftInput();
    await expect(createServiceItem(districtAdmin.scope, input)).rejects.toBeInstanceOf(Forbidden);
    await expect(createServiceItem(reviewer.scope, input)).rejects.toBeInstanceOf(Forbidden);
    expect(await db.serviceItem.count({ where: { code: input.code } })).toBe(0);

    const draft = await createServiceItem(admin.scope, input);
    await expect(updateServiceItem(districtAdmin.scope, { ...input, id: draft.id, version: draft.version, name: "越权修改" })).rejects.toBeInstanceOf(Forbidden);
    await expect(transitionServiceItem(districtAdmin.scope, { id: draft.id, version: draft.version, action: "review" })).rejects.toBeInstanceOf(Forbidden);
    const districtReviewer = await makeUser(tree.district, "REVIEWER");
    await expect(transitionServiceItem(districtReviewer.scope, { id: draft.id, version: draft.version, action: "review" })).rejects.toBeInstanceOf(Forbidden);
    expect((await db.serviceItem.findUniqueOrThrow({ where: { id: draft.id } })).name).toBe(input.name);
    // All staff read the catalogue, whatever their unit (ORG-24).
    const clerk = await makeUser(tree.villageA, "CLERK");
    expect((await listServiceItems(clerk.scope, { q: input.code })).rows.map((r) => r.id)).toEqual([draft.id]);
    // Creation is audited.
    expect(await db.auditEvent.count({ where: { entityType: "ServiceItem", entityId: draft.id, action: "CREATE" } })).toBe(1);
  });

  it("a reviewer cannot review a draft they wrote (four-eyes through the engine)", async () => {
    const { admin, reviewer } = await cityStaff();
    const draft = await createServiceItem(admin.scope, draftInput());
    // The author later becomes a reviewer (a role change keeps the account): still not their own draft.
    await db.user.update({ where: { id: admin.user.id }, data: { role: "REVIEWER" } });
    const authorAsReviewer = { ...admin.scope, role: "REVIEWER" as const };
    await expect(transitionServiceItem(authorAsReviewer, { id: draft.id, version: draft.version, action: "review" })).rejects.toThrow(
      "不能审核本人起草或修改的事项",
    );
    const view = await getServiceItem(authorAsReviewer, draft.id);
    expect(view.transitions.map((t) => t.action)).toEqual([]);
    // Another reviewer may; the admin may not review at all.
    expect((await getServiceItem(reviewer.scope, draft.id)).transitions.map((t) => t.action)).toEqual(["review"]);
    expect(await transitionServiceItem(reviewer.scope, { id: draft.id, version: draft.version, action: "review" })).toBe("REVIEWED");
    const history = await db.statusHistory.findMany({ where: { entityType: "ServiceItem", entityId: draft.id } });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.actorId])).toEqual([["DRAFT", "REVIEWED", reviewer.user.id]]);
    expect(await db.auditEvent.count({ where: { entityType: "ServiceItem", entityId: draft.id, action: "APPROVE" } })).toBe(1);
  });

  it("a published version is immutable: an edit drafts the next version, and publishing it retires the old one", async () => {
    const { admin, reviewer } = await cityStaff();
    const v1 = await publishNew(admin, reviewer);
    expect(v1).toMatchObject({ status: "PUBLISHED", itemVersion: 1, publishedKey: v1.code });

    const { materials: _m, ...v1Fields } = v1;
    void _m;
    const edit = { ...draftInput({ code: v1.code }), name: "优待证申领（第二版）", promisedWorkingDays: 3 };
    const { code: _c, ...editFields } = edit;
    void _c;
    const result = await updateServiceItem(admin.scope, { ...editFields, id: v1.id, version: v1.version });
    expect(result.newVersion).toBe(true);
    expect(result.id).not.toBe(v1.id);
    const stillV1 = await db.serviceItem.findUniqueOrThrow({ where: { id: v1.id } });
    expect(stillV1).toMatchObject({ name: v1Fields.name, status: "PUBLISHED", version: v1.version, promisedWorkingDays: 5 });
    const v2 = await db.serviceItem.findUniqueOrThrow({ where: { id: result.id } });
    expect(v2).toMatchObject({ code: v1.code, itemVersion: 2, status: "DRAFT", name: "优待证申领（第二版）" });
    // Only one open version per code.
    await expect(updateServiceItem(admin.scope, { ...editFields, id: v1.id, version: v1.version })).rejects.toBeInstanceOf(Conflict);
    // The public still sees v1 while v2 is a draft.
    expect((await unsafeGetPublishedItem(v1.code))?.itemVersion).toBe(1);

    await transitionServiceItem(reviewer.scope, { id: v2.id, version: v2.version, action: "review" });
    const reviewed = await db.serviceItem.findUniqueOrThrow({ where: { id: v2.id } });
    await transitionServiceItem(admin.scope, { id: v2.id, version: reviewed.version, action: "publish" });

    const rows = await db.serviceItem.findMany({ where: { code: v1.code }, orderBy: { itemVersion: "asc" } });
    expect(rows.map((r) => [r.itemVersion, r.status])).toEqual([[1, "RETIRED"], [2, "PUBLISHED"]]);
    expect(rows[0].publishedKey).toBeNull();
    expect((await unsafeGetPublishedItem(v1.code))?.itemVersion).toBe(2);
    const retireHistory = await db.statusHistory.findFirst({ where: { entityType: "ServiceItem", entityId: v1.id, toStatus: "RETIRED" } });
    expect(retireHistory?.reason).toBe("由第2版取代");
  });

  it("the database refuses a second published version of one code", async () => {
    const { admin, reviewer } = await cityStaff();
    const v1 = await publishNew(admin, reviewer);
    await expect(
      db.serviceItem.create({
        data: {
          code: v1.code, itemVersion: 9, name: "x", module: "PC", levels: ["CITY"], legalBasis: "x", conditions: "x", requirements: "x",
          procedure: [], promisedWorkingDays: 0, complaintChannel: "x", consultPhone: "0532-12345678", status: "PUBLISHED",
          publishedKey: v1.code, orgPath: v1.orgPath,
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("stale versions and out-of-order steps are refused", async () => {
    const { admin, reviewer } = await cityStaff();
    const draft = await createServiceItem(admin.scope, draftInput());
    await expect(transitionServiceItem(admin.scope, { id: draft.id, version: draft.version, action: "publish" })).rejects.toBeInstanceOf(InvalidTransition);
    await transitionServiceItem(reviewer.scope, { id: draft.id, version: draft.version, action: "review" });
    await expect(transitionServiceItem(admin.scope, { id: draft.id, version: draft.version, action: "publish" })).rejects.toBeInstanceOf(Conflict);
    const { code: _c, ...fields } = draftInput();
    void _c;
    await expect(updateServiceItem(admin.scope, { ...fields, id: draft.id, version: draft.version + 1 })).rejects.toThrow("请先退回修改");
    // Return needs a reason, then the draft is editable again.
    await expect(transitionServiceItem(admin.scope, { id: draft.id, version: draft.version + 1, action: "return" })).rejects.toThrow("请填写理由");
    await transitionServiceItem(admin.scope, { id: draft.id, version: draft.version + 1, action: "return", reason: "依据需更新" });
    const back = await db.serviceItem.findUniqueOrThrow({ where: { id: draft.id } });
    expect(back.status).toBe("DRAFT");
    const edited = await updateServiceItem(admin.scope, { ...fields, id: draft.id, version: back.version, name: "改后的名称" });
    expect(edited).toEqual({ id: draft.id, newVersion: false });
    expect(await db.auditEvent.count({ where: { entityType: "ServiceItem", entityId: draft.id, action: "UPDATE" } })).toBe(1);
  });

  it("validation messages land on their fields, in Chinese", () => {
    const r = ServiceItemCreateInput.safeParse(
      draftInput({ promisedWorkingDays: 15, statutoryWorkingDays: 10, consultPhone: "12345", materials: [], procedure: [], complaintChannel: "到窗口投诉" }),
    );
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toMatchObject({
      promisedWorkingDays: "承诺时限不能超过法定时限（10个工作日）",
      consultPhone: expect.stringContaining("联系电话格式错误"),
      materials: "请至少填写一项申请材料",
      procedure: "请至少填写一个办理步骤",
      complaintChannel: "投诉方式应写明投诉电话（如 0532-12345678）和地址",
    });
    // 即办 (0 days) with no statutory limit is fine.
    expect(ServiceItemCreateInput.safeParse(draftInput({ promisedWorkingDays: 0, statutoryWorkingDays: undefined })).success).toBe(true);
  });

  it("the public guide shows only published versions", async () => {
    const { admin, reviewer } = await cityStaff();
    const published = await publishNew(admin, reviewer);
    const draft = await createServiceItem(admin.scope, draftInput());
    const retired = await publishNew(admin, reviewer);
    await transitionServiceItem(admin.scope, { id: retired.id, version: retired.version, action: "retire", reason: "政策废止" });

    const codes = (await unsafeListPublishedItems()).map((i) => i.code);
    expect(codes).toContain(published.code);
    expect(codes).not.toContain(draft.code);
    expect(codes).not.toContain(retired.code);
    expect(await unsafeGetPublishedItem(draft.code)).toBeNull();
    expect(await unsafeGetPublishedItem(retired.code)).toBeNull();
    const guide = await unsafeGetPublishedItem(published.code.toLowerCase());
    expect(guide?.materials.map((m) => m.name)).toEqual(["居民身份证"]);
    expect(guide).not.toHaveProperty("createdById");
  });

  it("the demo catalogue inserts as published items with their materials (rolled back)", async () => {
    const rollback = new Error("rollback");
    await expect(
      db.$transaction(async (tx) => {
        // Another run (e2e seed) may already hold the demo codes: free them inside this transaction only.
        await tx.serviceItem.deleteMany({
          where: { OR: ["IC-", "RH-", "PC-", "HA-", "ARC-", "EMP-", "ENT-", "EDU-", "RP-", "VOL-"].map((p) => ({ code: { startsWith: p } })) },
        });
        const n = await seedServiceItems(tx, "/370200/");
        expect(n).toBeGreaterThanOrEqual(20);
        const pc = await tx.serviceItem.findFirstOrThrow({ where: { code: "PC-001" }, include: { materials: true } });
        expect(pc).toMatchObject({ status: "PUBLISHED", publishedKey: "PC-001", itemVersion: 1 });
        expect(pc.materials.length).toBeGreaterThan(0);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
