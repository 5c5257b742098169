import { describe, expect, it } from "vitest";
import { generate } from "otplib";
import { db } from "@/lib/core/db";
import { authenticate } from "@/lib/accounts/login";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/lib/accounts/self-service";
import { hashPassword } from "@/lib/core/password";
import { FieldError, Forbidden } from "@/lib/core/errors";
import { getSecuritySettings, updateSecuritySettings } from "@/lib/settings/security";
import { makeTree, makeUser } from "../support/factories";

describe("TOTP second factor (X-31)", () => {
  it("enrols only with a correct code, then login needs the code", async () => {
    const tree = await makeTree();
    const { user, scope } = await makeUser(tree.district, "REVIEWER");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("Reviewer#2026x") } });
    const { secret } = beginTotpEnrolment(scope);
    await expect(confirmTotpEnrolment(scope, { secret, token: "000000" === (await generate({ secret })) ? "111111" : "000000" })).rejects.toBeInstanceOf(FieldError);
    await confirmTotpEnrolment(scope, { secret, token: await generate({ secret }) });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpEnabled).toBe(true);
    expect(stored.totpSecretCipher).not.toContain(secret);

    const noCode = await authenticate({ username: user.username, password: "Reviewer#2026x" }, {});
    expect(noCode).toMatchObject({ ok: false, needsTotp: true });
    const good = await authenticate({ username: user.username, password: "Reviewer#2026x", otp: await generate({ secret }) }, {});
    expect(good.ok).toBe(true);
  });

  it("only the city admin changes the required-roles setting, and the change is audited", async () => {
    const tree = await makeTree();
    const districtAdmin = await makeUser(tree.district, "ADMIN");
    await expect(updateSecuritySettings(districtAdmin.scope, { totpRequiredRoles: ["ADMIN"] })).rejects.toBeInstanceOf(Forbidden);
    const cityAdmin = await makeUser(tree.city, "ADMIN");
    const before = await getSecuritySettings();
    await updateSecuritySettings(cityAdmin.scope, { totpRequiredRoles: before.totpRequiredRoles });
    expect(await db.auditEvent.count({ where: { userId: cityAdmin.user.id, action: "CONFIG_CHANGE" } })).toBe(1);
  });
});
