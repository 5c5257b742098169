import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { recordAudit, verifyAuditChain } from "@/lib/core/audit";

describe("audit log (X-01–X-03)", () => {
  it("chains events and the chain verifies", async () => {
    await recordAudit({ userId: "u1", username: "a" }, { action: "EXPORT", orgPath: "/370200/", diff: { rows: 3, z: 1, a: { b: 2 } } });
    await recordAudit({ userId: "u1", username: "a" }, { action: "PRINT", orgPath: "/370200/" });
    const [last, prev] = await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 2 });
    expect(last.prevHash).toBe(prev.hash);
    const report = await verifyAuditChain();
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThanOrEqual(2);
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE even for the superuser", async () => {
    await recordAudit({ userId: "u2" }, { action: "EXPORT", orgPath: "/370200/" });
    const ev = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET reason = 'x' WHERE id = ${ev.id}`)).rejects.toThrow(/append-only|只能追加/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${ev.id}`)).rejects.toThrow(/append-only|只能追加/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only|只能追加/);
    await expect(db.auditEvent.update({ where: { id: ev.id }, data: { reason: "tamper" } })).rejects.toThrow();
    const still = await db.auditEvent.findUniqueOrThrow({ where: { id: ev.id } });
    expect(still.reason).toBeNull();
  });

  it("a write whose transaction fails leaves no audit event behind", async () => {
    const before = await db.auditEvent.count();
    const { writeAudit } = await import("@/lib/core/audit");
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, { userId: "u3" }, { action: "CREATE", orgPath: "/370200/" });
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("the chain check reports an edit made behind the trigger's back", async () => {
    await recordAudit({ userId: "u4" }, { action: "EXPORT", orgPath: "/370200/", reason: "原始" });
    const ev = await db.auditEvent.findFirstOrThrow({ where: { userId: "u4" }, orderBy: { id: "desc" } });
    // Simulate an attacker with DDL rights: disable the guard, edit, and put everything back.
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only`);
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET reason = '篡改' WHERE id = ${ev.id}`);
    });
    try {
      const report = await verifyAuditChain();
      expect(report.ok).toBe(false);
      expect(report.firstBrokenId).toBe(String(ev.id));
    } finally {
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET reason = '原始' WHERE id = ${ev.id}`);
        await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_append_only`);
      });
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
