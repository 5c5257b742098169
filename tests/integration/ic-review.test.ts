import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { Conflict, Forbidden, InvalidTransition, NotFound } from "@/lib/core/errors";
import type { Scope } from "@/lib/core/scope";
import { createPerson } from "@/lib/persons/services";
import type { ProfileStatus } from "@/lib/generated/prisma/enums";
import { approveProfile, deactivateProfile, returnProfile, submitProfile } from "@/lib/ic/review/services";
import { batchApproveCity } from "@/lib/ic/review/batch";
import { listReviewQueue, reviewStageCounts } from "@/lib/ic/review/queries";
import { getReviewPanel } from "@/lib/ic/review/panel";
import { approveChangeSet, createChangeSet, returnChangeSet } from "@/lib/ic/change-sets/services";
import { overdueCutoff } from "@/lib/ic/review/stage";
import { workCalendar } from "@/lib/core/calendar";
import { addDays, todayInShanghai } from "@/lib/core/calendar-math";
import { makeTree, makeUser, randomIdNumber } from "../support/factories";

// The submit guard reads H1's assessment. By default the real one runs (so the blocked path is
// real); a test that needs a submittable profile says so with `assessmentPasses()`.
const assessment = vi.hoisted(() => ({ pass: false }));
vi.mock("@/lib/ic/assessment", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/ic/assessment")>();
  return {
    ...real,
    assessStoredProfile: async (...args: Parameters<typeof real.assessStoredProfile>) =>
      assessment.pass ? { ...(await real.assessStoredProfile(...args)), blockers: [] } : real.assessStoredProfile(...args),
  };
});
const assessmentPasses = (pass = true) => { assessment.pass = pass; };

const PAPER = { custodianOrgUnitId: "x", room: "档案室", cabinetNo: "1", boxNo: "2", itemNo: "3", lastCheckedOn: "2026-01-05" };

type Unit = Awaited<ReturnType<typeof makeTree>>["villageA"];

async function makeProfile(unit: Unit, clerk: Scope, status: ProfileStatus = "DRAFT", extra: { paperFile?: object | null } = {}) {
  const person = await createPerson(clerk, { idNumber: randomIdNumber(), name: "李建军", mobile: "13800138000", orgUnitId: unit.id });
  if (!person.created) throw new Error("expected a new person");
  return db.subjectProfile.create({
    data: {
      personId: person.id, categories: ["DISCHARGED_SOLDIER"], primaryCategory: "DISCHARGED_SOLDIER", collectedById: clerk.userId,
      collectionChannel: "WINDOW", orgUnitId: unit.id, orgPath: unit.path, status, paperFile: extra.paperFile === null ? undefined : (extra.paperFile ?? PAPER),
    },
  });
}

async function setup() {
  const tree = await makeTree();
  const [clerk, villageReviewer, townReviewerA, townReviewerB, districtReviewer, cityReviewer, cityReviewer2] = await Promise.all([
    makeUser(tree.villageA, "CLERK"), makeUser(tree.villageA, "REVIEWER"), makeUser(tree.townA, "REVIEWER"), makeUser(tree.townB, "REVIEWER"),
    makeUser(tree.district, "REVIEWER"), makeUser(tree.city, "REVIEWER"), makeUser(tree.city, "REVIEWER"),
  ]);
  const clerkB = await makeUser(tree.villageB, "CLERK"); // villageB has no reviewer: its town reviews (AMB-05)
  return { tree, clerk, clerkB, villageReviewer, townReviewerA, townReviewerB, districtReviewer, cityReviewer, cityReviewer2 };
}

const v = async (id: string) => (await db.subjectProfile.findUniqueOrThrow({ where: { id } })).version;

describe("profile review workflow (§3.1.4)", () => {
  it("submit is refused while the assessment reports blockers, and nothing changes", async () => {
    assessmentPasses(false);
    const { tree, clerk } = await setup();
    const p = await makeProfile(tree.villageA, clerk.scope);
    const err = await submitProfile(clerk.scope, { profileId: p.id, version: 0 }).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidTransition);
    expect(err.message).toContain("尚不能提交");
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("DRAFT");
  });

  it("runs the whole chain with every refusal on the way", async () => {
    assessmentPasses();
    const s = await setup();
    const p = await makeProfile(s.tree.villageA, s.clerk.scope);
    const before = p.statusSince;
    const sub = await submitProfile(s.clerk.scope, { profileId: p.id, version: 0 });
    expect(sub.status).toBe("PENDING_INITIAL");
    const afterSubmit = await db.subjectProfile.findUniqueOrThrow({ where: { id: p.id } });
    expect(afterSubmit.statusSince.getTime()).toBeGreaterThanOrEqual(before.getTime());

    const ref = { profileId: p.id, version: 1 };
    await expect(approveProfile(s.clerk.scope, { ...ref, action: "approveInitial" })).rejects.toBeInstanceOf(Forbidden); // wrong role
    await expect(approveProfile(s.districtReviewer.scope, { ...ref, action: "approveInitial" })).rejects.toBeInstanceOf(Forbidden); // wrong level
    // The village has a reviewer, so its town may not do the initial review (AMB-05).
    await expect(approveProfile(s.townReviewerA.scope, { ...ref, action: "approveInitial" })).rejects.toBeInstanceOf(InvalidTransition);
    await expect(approveProfile(s.townReviewerB.scope, { ...ref, action: "approveInitial" })).rejects.toBeInstanceOf(NotFound); // out of scope
    await expect(approveProfile(s.districtReviewer.scope, { ...ref, action: "approveDistrict" })).rejects.toBeInstanceOf(InvalidTransition); // wrong state
    await expect(approveProfile(s.villageReviewer.scope, { ...ref, version: 0, action: "approveInitial" })).rejects.toBeInstanceOf(Conflict); // stale

    const a1 = await approveProfile(s.villageReviewer.scope, { ...ref, action: "approveInitial" });
    expect(a1.status).toBe("PENDING_DISTRICT");
    expect(a1.fileNo).toMatch(new RegExp(`^${s.tree.district.code}-\\d{4}-\\d{6}$`));
    const a2 = await approveProfile(s.districtReviewer.scope, { profileId: p.id, version: a1.version, action: "approveDistrict" });
    const a3 = await approveProfile(s.cityReviewer.scope, { profileId: p.id, version: a2.version, action: "approveCity" });
    expect(a3.status).toBe("CITY_APPROVED");
    const done = await db.subjectProfile.findUniqueOrThrow({ where: { id: p.id } });
    expect(done.fileNo).toBe(a1.fileNo);
    expect(done.exportDirty).toBe(true);
    const history = await db.statusHistory.findMany({ where: { entityId: p.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["submit", "approveInitial", "approveDistrict", "approveCity"]);
    expect(await db.auditEvent.count({ where: { entityId: p.id, action: "APPROVE" } })).toBe(3);

    // Deactivation: reason kept, DELTA export flagged; a clerk may not.
    await expect(deactivateProfile(s.clerk.scope, { profileId: p.id, version: done.version, reason: "DECEASED", note: "已去世" })).rejects.toBeInstanceOf(Forbidden);
    const off = await deactivateProfile(s.townReviewerA.scope, { profileId: p.id, version: done.version, reason: "DECEASED", note: "家属告知已去世" });
    expect(off.status).toBe("INACTIVE");
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: p.id } })).inactiveReason).toBe("DECEASED");
  });

  it("initial approval needs the paper-file location (IC-07)", async () => {
    const s = await setup();
    const p = await makeProfile(s.tree.villageA, s.clerk.scope, "PENDING_INITIAL", { paperFile: null });
    const err = await approveProfile(s.villageReviewer.scope, { profileId: p.id, version: 0, action: "approveInitial" }).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidTransition);
    expect(err.message).toContain("纸质档案");
  });

  it("a village without a reviewer is reviewed by its town, and the queues say so", async () => {
    const s = await setup();
    const pB = await makeProfile(s.tree.villageB, s.clerkB.scope, "PENDING_INITIAL");
    const pA = await makeProfile(s.tree.villageA, s.clerk.scope, "PENDING_INITIAL");
    const townQueueB = await listReviewQueue(s.townReviewerB.scope, {});
    expect(townQueueB.rows.map((r) => r.id)).toContain(pB.id);
    const townQueueA = await listReviewQueue(s.townReviewerA.scope, {});
    expect(townQueueA.rows.map((r) => r.id)).not.toContain(pA.id);
    expect((await listReviewQueue(s.villageReviewer.scope, {})).rows.map((r) => r.id)).toEqual([pA.id]);
    const r = await approveProfile(s.townReviewerB.scope, { profileId: pB.id, version: 0, action: "approveInitial" });
    expect(r.status).toBe("PENDING_DISTRICT");
  });

  it("four-eyes: the submitter never approves; nobody approves two consecutive steps (ORG-30)", async () => {
    assessmentPasses();
    const s = await setup();
    const p = await makeProfile(s.tree.villageA, s.clerk.scope);
    await submitProfile(s.villageReviewer.scope, { profileId: p.id, version: 0 });
    const own = await approveProfile(s.villageReviewer.scope, { profileId: p.id, version: 1, action: "approveInitial" }).catch((e) => e);
    expect(own).toBeInstanceOf(InvalidTransition);
    expect(own.message).toContain("本人提交");

    const q = await makeProfile(s.tree.villageA, s.clerk.scope);
    await submitProfile(s.clerk.scope, { profileId: q.id, version: 0 });
    await approveProfile(s.villageReviewer.scope, { profileId: q.id, version: 1, action: "approveInitial" });
    // The same reviewer, now posted to the district, may not take the next step of this record.
    await db.user.update({ where: { id: s.villageReviewer.user.id }, data: { orgUnitId: s.tree.district.id, orgPath: s.tree.district.path } });
    const moved: Scope = { ...s.villageReviewer.scope, orgUnitId: s.tree.district.id, orgPath: s.tree.district.path, level: "DISTRICT" };
    const twice = await approveProfile(moved, { profileId: q.id, version: 2, action: "approveDistrict" }).catch((e) => e);
    expect(twice).toBeInstanceOf(InvalidTransition);
    expect(twice.message).toContain("连续");
  });

  it("a return needs at least one defect; the defects are kept and resubmission resolves them", async () => {
    assessmentPasses();
    const s = await setup();
    const p = await makeProfile(s.tree.villageA, s.clerk.scope, "PENDING_DISTRICT");
    await expect(returnProfile(s.districtReviewer.scope, { profileId: p.id, version: 0, defects: [] })).rejects.toThrow();
    await returnProfile(s.districtReviewer.scope, { profileId: p.id, version: 0, defects: [{ field: "group.SERVICE", reason: "入伍时间与退役证不符" }] });
    const ret = await db.profileReturn.findFirstOrThrow({ where: { profileId: p.id } });
    expect(ret.defects).toEqual([{ field: "group.SERVICE", reason: "入伍时间与退役证不符" }]);
    expect(ret.fromStatus).toBe("PENDING_DISTRICT");
    const panel = await getReviewPanel(s.clerk.scope, p.id);
    expect(panel.profile.status).toBe("RETURNED");
    expect(panel.returns[0].defects).toHaveLength(1);
    expect(panel.actions.map((a) => a.action)).toEqual(["submit"]);
    await submitProfile(s.clerk.scope, { profileId: p.id, version: 1 });
    expect((await db.profileReturn.findFirstOrThrow({ where: { id: ret.id } })).resolvedAt).not.toBeNull();
  });

  it("file numbers are unique per district and consecutive under concurrency", async () => {
    const s = await setup();
    const profiles = await Promise.all([1, 2, 3, 4].map(() => makeProfile(s.tree.villageA, s.clerk.scope, "PENDING_INITIAL")));
    const results = await Promise.all(profiles.map((p) => approveProfile(s.villageReviewer.scope, { profileId: p.id, version: 0, action: "approveInitial" })));
    const seqs = results.map((r) => Number(r.fileNo!.slice(-6))).sort((a, b) => a - b);
    expect(new Set(results.map((r) => r.fileNo)).size).toBe(4);
    expect(seqs[3] - seqs[0]).toBe(3);
  });

  it("city batch: ≤ 200, per-item results, four-eyes per item", async () => {
    assessmentPasses();
    const s = await setup();
    const ok = await makeProfile(s.tree.villageA, s.clerk.scope, "PENDING_CITY");
    const stale = await makeProfile(s.tree.villageA, s.clerk.scope, "PENDING_CITY");
    const own = await makeProfile(s.tree.villageA, s.clerk.scope, "RETURNED");
    await submitProfile(s.cityReviewer.scope, { profileId: own.id, version: 0 }); // the city reviewer submitted this one
    await db.subjectProfile.update({ where: { id: own.id }, data: { status: "PENDING_CITY" } });
    const tooMany = Array.from({ length: 201 }, (_, i) => ({ profileId: `x${i}`, version: 0 }));
    await expect(batchApproveCity(s.cityReviewer.scope, { items: tooMany })).rejects.toThrow();
    await expect(batchApproveCity(s.districtReviewer.scope, { items: [{ profileId: ok.id, version: 0 }] })).rejects.toBeInstanceOf(Forbidden);
    const r = await batchApproveCity(s.cityReviewer.scope, {
      items: [{ profileId: ok.id, version: 0 }, { profileId: stale.id, version: 5 }, { profileId: own.id, version: await v(own.id) }],
    });
    expect(r.results.map((x) => x.ok)).toEqual([true, false, false]);
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: ok.id } })).status).toBe("CITY_APPROVED");
    expect((await db.subjectProfile.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("PENDING_CITY");
    const second = await batchApproveCity(s.cityReviewer2.scope, { items: [{ profileId: own.id, version: await v(own.id) }] });
    expect(second.approved).toBe(1);
  });

  it("queue: overdue first (working days vs target), counts per stage", async () => {
    const s = await setup();
    const fresh = await makeProfile(s.tree.villageA, s.clerk.scope, "PENDING_DISTRICT");
    const old = await makeProfile(s.tree.villageB, s.clerkB.scope, "PENDING_DISTRICT");
    await db.subjectProfile.update({ where: { id: old.id }, data: { statusSince: new Date(Date.now() - 60 * 86_400_000) } });
    const q = await listReviewQueue(s.districtReviewer.scope, {});
    expect(q.stage).toBe("PENDING_DISTRICT");
    expect(q.rows.map((r) => r.id)).toEqual([old.id, fresh.id]);
    expect(q.rows[0]).toMatchObject({ overdue: true });
    expect(q.rows[0].daysInStage).toBeGreaterThan(10);
    expect(q.rows[1]).toMatchObject({ overdue: false, daysInStage: 0 });
    const counts = await reviewStageCounts(s.districtReviewer.scope);
    expect(counts.find((c) => c.stage === "PENDING_DISTRICT")).toEqual({ stage: "PENDING_DISTRICT", total: 2, overdue: 1 });
  });
  it("the overdue cutoff agrees with counting working days (X-40), day by day", async () => {
    const today = todayInShanghai();
    const cutoff = await overdueCutoff(5, today);
    for (let k = 0; k <= 20; k++) {
      const day = addDays(today, -k);
      const overdue = new Date(`${day}T10:00:00+08:00`) < cutoff;
      expect(overdue, day).toBe((await workCalendar.workingDaysBetween(day, today)) > 5);
    }
  });
});

describe("change sets (IC-09)", () => {
  it("one open set per profile; a return keeps the defects and leaves the live profile alone", async () => {
    const s = await setup();
    const draft = await makeProfile(s.tree.villageA, s.clerk.scope, "DRAFT");
    await expect(createChangeSet(s.clerk.scope, { profileId: draft.id, summary: "更正", name: "李建君" })).rejects.toBeInstanceOf(InvalidTransition);
    const p = await makeProfile(s.tree.villageA, s.clerk.scope, "CITY_APPROVED");
    await expect(createChangeSet(s.clerk.scope, { profileId: p.id, summary: "无变化", name: "李建军" })).rejects.toThrow("无需变更");
    await expect(createChangeSet(s.townReviewerB.scope, { profileId: p.id, summary: "越权", name: "李建君" })).rejects.toBeInstanceOf(NotFound);
    const { changeSetId } = await createChangeSet(s.clerk.scope, { profileId: p.id, summary: "户籍登记姓名更正", name: "李建君" });
    await expect(createChangeSet(s.clerk.scope, { profileId: p.id, summary: "再改一次", name: "李建国" })).rejects.toBeInstanceOf(Conflict);
    // Same four-eyes and AMB-05 rules as the profile itself.
    await expect(approveChangeSet(s.townReviewerA.scope, { changeSetId, version: 1, action: "approveInitial" })).rejects.toBeInstanceOf(InvalidTransition);
    await approveChangeSet(s.villageReviewer.scope, { changeSetId, version: 1, action: "approveInitial" });
    await expect(returnChangeSet(s.districtReviewer.scope, { changeSetId, version: 2, defects: [] })).rejects.toThrow();
    await returnChangeSet(s.districtReviewer.scope, { changeSetId, version: 2, defects: [{ field: "person.name", reason: "缺户籍证明" }] });
    expect((await db.profileChangeSet.findUniqueOrThrow({ where: { id: changeSetId } })).status).toBe("RETURNED");
    expect(await db.profileReturn.count({ where: { changeSetId } })).toBe(1);
    const live = await db.person.findFirstOrThrow({ where: { profile: { id: p.id } } });
    expect(live.name).toBe("李建军");
    // A returned set is closed: a corrected one may be composed.
    await expect(createChangeSet(s.clerk.scope, { profileId: p.id, summary: "补充证明后再次申请", name: "李建君" })).resolves.toHaveProperty("changeSetId");
  });

  it("apply on final approval in one transaction, with an UPDATE audit diff", async () => {
    const s = await setup();
    const p = await makeProfile(s.tree.villageA, s.clerk.scope, "EXPORTED");
    const bad = { items: [{ enlistmentDate: "1990-13-45" }] };
    await expect(createChangeSet(s.clerk.scope, { profileId: p.id, summary: "更正服役信息", groupKey: "SERVICE", groupData: bad })).rejects.toThrow("服役信息");
    const service = { items: [{ key: "k1", enlistmentDate: "1990-03-01", dischargeDate: "1994-12-01", branch: "ARMY" }] };
    const { changeSetId } = await createChangeSet(s.clerk.scope, {
      profileId: p.id, summary: "姓名更正", name: "李建君", changeCategories: true,
      categories: ["DISCHARGED_SOLDIER", "DISABLED_VETERAN"], primaryCategory: "DISABLED_VETERAN", groupKey: "SERVICE", groupData: service,
    });
    const panel = await getReviewPanel(s.villageReviewer.scope, p.id);
    expect(panel.changeSets[0].lines.join("\n")).toContain("入伍时间：1990-03-01");
    expect(panel.changeSets[0].actions.map((a) => a.action)).toEqual(["approveInitial", "return", "withdraw"]);
    const live = () => db.subjectProfile.findUniqueOrThrow({ where: { id: p.id }, include: { person: true } });
    await approveChangeSet(s.villageReviewer.scope, { changeSetId, version: 1, action: "approveInitial" });
    await approveChangeSet(s.districtReviewer.scope, { changeSetId, version: 2, action: "approveDistrict" });
    const mid = await live();
    expect(mid.person.name).toBe("李建军");
    expect(await db.profileGroup.count({ where: { profileId: p.id } })).toBe(0);
    expect(mid.categories).toEqual(["DISCHARGED_SOLDIER"]);
    await approveChangeSet(s.cityReviewer.scope, { changeSetId, version: 3, action: "approveCity" });
    const after = await live();
    expect(after.person.name).toBe("李建君");
    expect(after.primaryCategory).toBe("DISABLED_VETERAN");
    expect(after.exportDirty).toBe(true);
    const group = await db.profileGroup.findUniqueOrThrow({ where: { profileId_group: { profileId: p.id, group: "SERVICE" } } });
    expect(group.data).toMatchObject({ items: [{ enlistmentDate: "1990-03-01", branch: "ARMY" }] });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: p.id, action: "UPDATE" } });
    expect(audit.diff).toMatchObject({ changeSetId, name: { from: "李建军", to: "李建君" } });
  });
});
