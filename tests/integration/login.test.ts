import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { authenticate, MAX_FAILED_LOGINS } from "@/lib/accounts/login";
import { hashPassword } from "@/lib/core/password";
import { makeTree, makeUser } from "../support/factories";

const PASSWORD = "Correct#Horse9";

async function userWithPassword() {
  const tree = await makeTree();
  const { user } = await makeUser(tree.townA, "CLERK");
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return user;
}

describe("login (X-31)", () => {
  it("succeeds with the right password and audits LOGIN", async () => {
    const user = await userWithPassword();
    const r = await authenticate({ username: user.username, password: PASSWORD }, { ip: "127.0.0.1" });
    expect(r.ok).toBe(true);
    const ev = await db.auditEvent.findFirst({ where: { userId: user.id, action: "LOGIN" } });
    expect(ev?.ip).toBe("127.0.0.1");
  });

  it("locks the account after 5 failures for 15 minutes, even with the right password", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      const r = await authenticate({ username: user.username, password: "wrong-password" }, {});
      expect(r).toMatchObject({ ok: false, message: "用户名或密码错误" });
    }
    const locked = await authenticate({ username: user.username, password: PASSWORD }, {});
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.message).toMatch(/已锁定/);
    expect(await db.auditEvent.count({ where: { userId: user.id, action: "LOGIN_FAILED" } })).toBe(MAX_FAILED_LOGINS + 1);
    // After the lock expires the right password works again.
    const later = new Date(Date.now() + 16 * 60_000);
    const r = await authenticate({ username: user.username, password: PASSWORD }, {}, later);
    expect(r.ok).toBe(true);
  });

  it("four failures then a success resets the counter", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await authenticate({ username: user.username, password: "nope-nope" }, {});
    expect((await authenticate({ username: user.username, password: PASSWORD }, {})).ok).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedLogins).toBe(0);
    expect(row.lockedUntil).toBeNull();
  });

  it("refuses a disabled account and an unknown user without saying which", async () => {
    const user = await userWithPassword();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const r = await authenticate({ username: user.username, password: PASSWORD }, {});
    expect(r.ok).toBe(false);
    const unknown = await authenticate({ username: "no_such_user_x", password: PASSWORD }, {});
    expect(unknown).toMatchObject({ ok: false, message: "用户名或密码错误" });
  });
});
