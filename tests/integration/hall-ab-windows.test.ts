import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, FieldError, Forbidden, NotFound } from "@/lib/core/errors";
import { createWindow, setWindowActive, updateWindow } from "@/lib/hall/windows/services";
import { getWindowDetail, listWindows } from "@/lib/hall/windows/queries";
import { makeUser } from "../support/factories";
import { makeHall, makePair, makePublishedItem } from "../support/hall-factories";

const base = { name: "优抚窗口", isProxyWindow: false, isIntegrated: false };

describe("service windows (SPEC §2.7 ServiceWindow, ORG-40, ORG-45, HALL-70)", () => {
  it("an admin creates a window from published items; the number is unique within the unit only", async () => {
    const h = await makeHall();
    const admin = await makeUser(h.unit, "ADMIN");
    const w = await createWindow(admin.scope, { ...base, windowNo: "8", serviceItemCodes: [h.item.code] });
    expect(w).toMatchObject({ windowNo: "8", orgUnitId: h.unit.id, orgPath: h.unit.path, serviceItemCodes: [h.item.code], active: true });
    expect(await db.auditEvent.count({ where: { entityType: "ServiceWindow", entityId: w.id, action: "CREATE" } })).toBe(1);

    await expect(createWindow(admin.scope, { ...base, windowNo: "8", serviceItemCodes: [h.item.code] })).rejects.toMatchObject({ field: "windowNo", message: "该窗口编号在本单位已存在" });
    // The same number in a street of the district is a different unit's window.
    const street = await createWindow(admin.scope, { ...base, orgUnitId: h.tree.townA.id, windowNo: "8", serviceItemCodes: [h.item.code] });
    expect(street.orgPath).toBe(h.tree.townA.path);
    expect(await db.serviceWindow.count({ where: { orgUnitId: h.unit.id, windowNo: "8" } })).toBe(1);
  });

  it("validates the items (≥1, published, receivable at the unit's level) and the fields, saving nothing", async () => {
    const h = await makeHall();
    const admin = await makeUser(h.unit, "ADMIN");
    const cityOnly = await makePublishedItem({ levels: ["CITY"] });
    const draft = await db.serviceItem.create({ data: { ...(await itemData()), status: "DRAFT" } });
    await expect(createWindow(admin.scope, { ...base, windowNo: "9", serviceItemCodes: [] })).rejects.toMatchObject({ field: "serviceItemCodes", message: "请至少选择一项受理事项" });
    await expect(createWindow(admin.scope, { ...base, windowNo: "9", serviceItemCodes: ["NO-SUCH"] })).rejects.toMatchObject({ field: "serviceItemCodes" });
    await expect(createWindow(admin.scope, { ...base, windowNo: "9", serviceItemCodes: [draft.code] })).rejects.toMatchObject({ field: "serviceItemCodes" });
    await expect(createWindow(admin.scope, { ...base, windowNo: "9", serviceItemCodes: [cityOnly.code] })).rejects.toThrow("不在本级受理");
    await expect(createWindow(admin.scope, { ...base, windowNo: "", serviceItemCodes: [h.item.code] })).rejects.toMatchObject({ field: "windowNo" });
    await expect(createWindow(admin.scope, { ...base, windowNo: "12345678901", serviceItemCodes: [h.item.code] })).rejects.toBeInstanceOf(FieldError);
    expect(await db.serviceWindow.count({ where: { orgUnitId: h.unit.id, windowNo: "9" } })).toBe(0);
    // §2.6: windows are managed by admins; a clerk cannot.
    await expect(createWindow(h.clerkA.scope, { ...base, windowNo: "9", serviceItemCodes: [h.item.code] })).rejects.toBeInstanceOf(Forbidden);
  });

  it("edits with optimistic locking, refuses a taken number, deactivates idempotently", async () => {
    const h = await makeHall();
    const admin = await makeUser(h.unit, "ADMIN");
    const other = await createWindow(admin.scope, { ...base, windowNo: "5", serviceItemCodes: [h.item.code] });
    await updateWindow(admin.scope, { id: other.id, version: 0, ...base, name: "优抚优待窗口", windowNo: "5", serviceItemCodes: [h.item.code], isProxyWindow: true });
    const after = await db.serviceWindow.findUniqueOrThrow({ where: { id: other.id } });
    expect(after).toMatchObject({ name: "优抚优待窗口", isProxyWindow: true, version: 1 });
    await expect(updateWindow(admin.scope, { id: other.id, version: 0, ...base, windowNo: "5", serviceItemCodes: [h.item.code] })).rejects.toBeInstanceOf(Conflict);
    await expect(updateWindow(admin.scope, { id: other.id, version: 1, ...base, windowNo: h.window.windowNo, serviceItemCodes: [h.item.code] })).rejects.toMatchObject({ field: "windowNo" });
    expect(await setWindowActive(admin.scope, { id: other.id, version: 1, active: false })).toEqual({ id: other.id, changed: true });
    expect(await setWindowActive(admin.scope, { id: other.id, version: 1, active: false })).toEqual({ id: other.id, changed: false });
    expect((await db.serviceWindow.findUniqueOrThrow({ where: { id: other.id } })).active).toBe(false);
  });

  it("lists windows with the current pair and presence; flags an incomplete pair (ORG-40) and a hall without proxy service (HALL-70)", async () => {
    const h = await makeHall();
    const admin = await makeUser(h.unit, "ADMIN");
    await db.staffPresence.create({ data: { userId: h.clerkB.user.id, status: "TEMP_AWAY", orgPath: h.unit.path } });
    const bare = await createWindow(admin.scope, { ...base, windowNo: "7", serviceItemCodes: [h.item.code] });
    let list = await listWindows(h.clerkA.scope);
    const main = list.rows.find((r) => r.id === h.window.id)!;
    expect(main.pair?.a).toMatchObject({ id: h.clerkA.user.id, presence: "ON_DUTY" });
    expect(main.pair?.b).toMatchObject({ id: h.clerkB.user.id, presence: "TEMP_AWAY" });
    // ORG-45: every window's items are shown with their names to all staff.
    expect(main.items).toEqual([{ code: h.item.code, name: h.item.name }]);
    expect(list.incompletePairs).toEqual(["7"]);
    expect(list.missingProxy).toBe(true);

    await makePair(bare, h.clerkB.user.id, h.reviewer.user.id);
    await updateWindow(admin.scope, { id: bare.id, version: 0, ...base, windowNo: "7", serviceItemCodes: [h.item.code], isProxyWindow: true });
    list = await listWindows(h.clerkA.scope);
    expect(list.incompletePairs).toEqual([]);
    expect(list.missingProxy).toBe(false);
  });

  it("a PROXY_AGENT in the unit also satisfies HALL-70", async () => {
    const h = await makeHall();
    expect((await listWindows(h.clerkA.scope)).missingProxy).toBe(true);
    await makeUser(h.unit, "CLERK", ["PROXY_AGENT"]);
    expect((await listWindows(h.clerkA.scope)).missingProxy).toBe(false);
  });

  it("a sibling unit can neither read nor write the windows (NotFound)", async () => {
    const h = await makeHall();
    const siblingAdmin = await makeUser(h.tree.townB, "ADMIN");
    await expect(listWindows(siblingAdmin.scope, h.unit.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getWindowDetail(siblingAdmin.scope, h.window.id)).rejects.toBeInstanceOf(NotFound);
    await expect(updateWindow(siblingAdmin.scope, { id: h.window.id, version: 0, ...base, windowNo: "1", serviceItemCodes: [h.item.code] })).rejects.toBeInstanceOf(NotFound);
    await expect(setWindowActive(siblingAdmin.scope, { id: h.window.id, version: 0, active: false })).rejects.toBeInstanceOf(NotFound);
    await expect(createWindow(siblingAdmin.scope, { ...base, orgUnitId: h.unit.id, windowNo: "66", serviceItemCodes: [h.item.code] })).rejects.toBeInstanceOf(NotFound);
    // Their own list does not contain the district's windows either.
    expect((await listWindows(siblingAdmin.scope)).rows.map((r) => r.id)).not.toContain(h.window.id);
    expect((await db.serviceWindow.findUniqueOrThrow({ where: { id: h.window.id } })).active).toBe(true);
  });
});

async function itemData() {
  const code = `D${Date.now().toString(36).toUpperCase()}`.slice(0, 20);
  return {
    code, itemVersion: 1, name: "草稿事项", module: "PC" as const, levels: ["DISTRICT" as const], legalBasis: "x", conditions: "x", requirements: "x",
    procedure: [{ title: "受理" }], promisedWorkingDays: 1, complaintChannel: "0532-12345678", consultPhone: "0532-87654321",
    proxyEligible: false, homeServiceEligible: false, requiresOnSiteAuthentication: false, orgPath: "/370200/",
  };
}
