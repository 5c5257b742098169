import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { fireTransition } from "@/lib/core/workflow";
import { defineWorkflow } from "@/lib/core/workflow-rules";
import { Conflict, Forbidden, InvalidTransition } from "@/lib/core/errors";
import { makeTree, makeUser } from "../support/factories";

type S = "DRAFT" | "PENDING" | "APPROVED";
type A = "submit" | "approve";
const wf = defineWorkflow<S, A>({
  entityType: "TestThing",
  transitions: [
    { from: ["DRAFT"], action: "submit", to: "PENDING", label: "提交", roles: ["CLERK", "REVIEWER"], kind: "submit" },
    { from: ["PENDING"], action: "approve", to: "APPROVED", label: "通过", roles: ["REVIEWER"], kind: "approve" },
  ],
});

describe("workflow engine with persistence", () => {
  it("writes history and audit in the transaction, enforces four-eyes and the version", async () => {
    const tree = await makeTree();
    const reviewer = await makeUser(tree.townA, "REVIEWER");
    const other = await makeUser(tree.townA, "REVIEWER");
    const outsider = await makeUser(tree.townB, "REVIEWER");
    const id = `thing-${Date.now()}`;
    const record = { id, status: "DRAFT" as S, orgPath: tree.villageA.path };
    await db.$transaction((tx) => fireTransition(tx, wf, reviewer.scope, { record, action: "submit", commit: async () => 1 }));
    const pending = { ...record, status: "PENDING" as S };
    // The submitter cannot approve their own submission (ORG-30).
    await expect(db.$transaction((tx) => fireTransition(tx, wf, reviewer.scope, { record: pending, action: "approve", commit: async () => 1 }))).rejects.toBeInstanceOf(InvalidTransition);
    // Out of scope.
    await expect(db.$transaction((tx) => fireTransition(tx, wf, outsider.scope, { record: pending, action: "approve", commit: async () => 1 }))).rejects.toBeInstanceOf(Forbidden);
    // A stale version (commit touched 0 rows) rolls everything back.
    await expect(db.$transaction((tx) => fireTransition(tx, wf, other.scope, { record: pending, action: "approve", commit: async () => 0 }))).rejects.toBeInstanceOf(Conflict);
    expect(await db.statusHistory.count({ where: { entityId: id } })).toBe(1);
    await db.$transaction((tx) => fireTransition(tx, wf, other.scope, { record: pending, action: "approve", commit: async () => 1 }));
    const history = await db.statusHistory.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(history.map((h) => `${h.fromStatus}>${h.toStatus}`)).toEqual(["DRAFT>PENDING", "PENDING>APPROVED"]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "APPROVE" } })).toBe(1);
    // Wrong state.
    await expect(db.$transaction((tx) => fireTransition(tx, wf, other.scope, { record: { ...record, status: "APPROVED" as S }, action: "approve", commit: async () => 1 }))).rejects.toBeInstanceOf(InvalidTransition);
  });
});

describe("fireTransitionMany", () => {
  it("checks every record, writes history and a chained audit event per record, or nothing", async () => {
    const { fireTransitionMany } = await import("@/lib/core/workflow");
    const tree = await makeTree();
    const clerk = await makeUser(tree.townA, "CLERK");
    const ids = [1, 2, 3].map((i) => `bulk-${Date.now()}-${i}`);
    const records = ids.map((id) => ({ id, status: "DRAFT" as S, orgPath: tree.villageA.path }));
    await expect(
      db.$transaction((tx) => fireTransitionMany(tx, wf, clerk.scope, { records, action: "submit", commitMany: async () => 2 })),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await db.statusHistory.count({ where: { entityId: { in: ids } } })).toBe(0);
    await db.$transaction((tx) => fireTransitionMany(tx, wf, clerk.scope, { records, action: "submit", commitMany: async () => 3 }));
    expect(await db.statusHistory.count({ where: { entityId: { in: ids } } })).toBe(3);
    expect(await db.auditEvent.count({ where: { entityId: { in: ids }, action: "STATUS_CHANGE" } })).toBe(3);
    // Chained to each other in order (the whole-chain check lives in audit.test.ts, which
    // tampers with the chain on purpose and must not race this file).
    const events = await db.auditEvent.findMany({ where: { entityId: { in: ids }, action: "STATUS_CHANGE" }, orderBy: { id: "asc" } });
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[2].prevHash).toBe(events[1].hash);
    const outsider = await makeUser(tree.townB, "CLERK");
    await expect(
      db.$transaction((tx) => fireTransitionMany(tx, wf, outsider.scope, { records, action: "submit", commitMany: async () => 3 })),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});
