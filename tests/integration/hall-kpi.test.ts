import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { NotFound } from "@/lib/core/errors";
import { registerCase } from "@/lib/hall/cases/services/register-case";
import { checkMaterials } from "@/lib/hall/cases/services/check-materials";
import { decideSecondNotice, issueIncompleteNotice } from "@/lib/hall/cases/services/notices";
import { completeCase, transitionCase } from "@/lib/hall/cases/services/transitions";
import { getKpiReport } from "@/lib/hall/kpi/report";
import { exportKpiReport } from "@/lib/hall/kpi/export";
import { makeUser } from "../support/factories";
import { makeHall, type Hall } from "../support/hall-factories";

const fresh = (id: string) => db.serviceCase.findUniqueOrThrow({ where: { id }, include: { materials: { orderBy: { sortOrder: "asc" } } } });

async function caseThrough(h: Hall, opts: { late?: boolean; notices?: 0 | 1 | 2 } = {}) {
  const scope = h.clerkA.scope;
  const c = await registerCase(scope, { clientPersonId: h.client.id, serviceItemCode: h.item.code, channel: "WINDOW", windowId: h.window.id });
  const mark = async (states: string[]) => {
    const x = await fresh(c.id);
    await checkMaterials(scope, { caseId: c.id, version: x.version, materials: x.materials.map((m, i) => ({ id: m.id, state: (states[i] ?? "OK") as "OK", ...(states[i] === "DEFECTIVE" ? { defect: "模糊", correction: "重交" } : {}) })) });
  };
  if (opts.notices) {
    await mark(["OK", "MISSING", "OK"]);
    await issueIncompleteNotice(scope, { caseId: c.id, version: (await fresh(c.id)).version });
    if (opts.notices === 2) {
      await mark(["DEFECTIVE", "MISSING", "OK"]);
      const second = await issueIncompleteNotice(scope, { caseId: c.id, version: (await fresh(c.id)).version });
      await decideSecondNotice(h.reviewer.scope, { noticeId: second.notice.id, version: 0, approve: true, reason: "首次审查疏漏" });
    }
  }
  await mark([]);
  await transitionCase(scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "accept" });
  await transitionCase(scope, { caseId: c.id, version: (await fresh(c.id)).version, action: "start" });
  // Late: completed 30 days after acceptance (the item promises 5 working days).
  const at = opts.late ? new Date(Date.now() + 30 * 86_400_000) : new Date();
  await completeCase(scope, { caseId: c.id, version: (await fresh(c.id)).version, outcome: "DONE" }, at);
  return c;
}

describe("hall KPIs (§3.12.10)", () => {
  it("counts on-time completion and one-time notification per unit, window and staff; exports are audited", async () => {
    const h = await makeHall();
    await caseThrough(h);
    await caseThrough(h, { notices: 1 });
    await caseThrough(h, { notices: 2 });
    await caseThrough(h, { late: true });
    const later = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10);
    const params = { unit: h.tree.city.code, from: "2020-01-01", to: later };
    const city = await getKpiReport(h.reviewer.scope, { ...params, unit: h.unit.code }, new Date());
    // The district is the reviewer's own unit: its cases are "本级".
    const own = city.rows.find((r) => r.key === "")!;
    expect(own.counts).toMatchObject({ received: 4, completedClocked: 4, onTime: 3, noticed: 2, noticedTwice: 1 });
    expect(own.rates.onTimeRate).toBe(0.75);
    expect(own.rates.oneTimeRate).toBe(0.5);

    const byWindow = await getKpiReport(h.reviewer.scope, { unit: h.unit.code, by: "window", from: params.from, to: later });
    expect(byWindow.rows.find((r) => r.key === h.window.id)?.counts.received).toBe(4);
    const byStaff = await getKpiReport(h.reviewer.scope, { unit: h.unit.code, by: "staff", from: params.from, to: later });
    expect(byStaff.rows.map((r) => r.key)).toEqual([h.clerkA.user.id]);

    const file = await exportKpiReport(h.reviewer.scope, { unit: h.unit.code, from: params.from, to: later });
    expect(file.rowCount).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { userId: h.reviewer.user.id, action: "EXPORT" } })).toBe(1);
  });

  it("the city sees each district as a row; a sibling's unit is not found", async () => {
    const h = await makeHall();
    await caseThrough(h);
    const cityReviewer = await makeUser(h.tree.city, "REVIEWER");
    const r = await getKpiReport(cityReviewer.scope, { from: "2020-01-01" });
    expect(r.rows.find((x) => x.key === h.unit.code)?.counts.received).toBeGreaterThanOrEqual(1);
    const townReviewer = await makeUser(h.tree.townB, "REVIEWER");
    await expect(getKpiReport(townReviewer.scope, { unit: h.unit.code })).rejects.toBeInstanceOf(NotFound);
    await expect(getKpiReport(h.clerkA.scope, {})).rejects.toThrow();
  });
});
