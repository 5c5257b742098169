import { describe, expect, it } from "vitest";
import { PERMISSIONS, can, assertCan, grantableCapabilities } from "@/lib/core/permissions";
import { Forbidden } from "@/lib/core/errors";

const actor = (role: "CLERK" | "REVIEWER" | "ADMIN", level: "CITY" | "DISTRICT" | "TOWN" | "VILLAGE") => ({ role, level, capabilities: [] });

describe("permission table (fails closed)", () => {
  it("admins are read-only on business records (§2.6, ORG-31)", () => {
    expect(can(actor("ADMIN", "CITY"), "person.write")).toBe(false);
    expect(can(actor("CLERK", "VILLAGE"), "person.write")).toBe(true);
    expect(can(actor("ADMIN", "CITY"), "person.read")).toBe(true);
  });

  it("org and user management belong to admins; village admins manage no units", () => {
    expect(can(actor("ADMIN", "DISTRICT"), "org.manage")).toBe(true);
    expect(can(actor("ADMIN", "VILLAGE"), "org.manage")).toBe(false);
    expect(can(actor("REVIEWER", "CITY"), "user.manage")).toBe(false);
  });

  it("calendar and config are the city admin's (X-40, X-43)", () => {
    expect(can(actor("ADMIN", "CITY"), "calendar.manage")).toBe(true);
    expect(can(actor("ADMIN", "DISTRICT"), "calendar.manage")).toBe(false);
  });

  it("an unknown permission is refused", () => {
    expect(can(actor("ADMIN", "CITY"), "no.such.permission" as keyof typeof PERMISSIONS)).toBe(false);
    expect(() => assertCan(actor("CLERK", "TOWN"), "audit.read")).toThrow(Forbidden);
  });

  it("EXPORT_UNMASKED and VOLUNTEER_HQ are granted by the city admin only (§2.3)", () => {
    expect(grantableCapabilities(actor("ADMIN", "CITY"))).toContain("EXPORT_UNMASKED");
    expect(grantableCapabilities(actor("ADMIN", "DISTRICT"))).not.toContain("EXPORT_UNMASKED");
    expect(grantableCapabilities(actor("ADMIN", "DISTRICT"))).not.toContain("VOLUNTEER_HQ");
  });
});

describe("menu highlighting", () => {
  it("marks only the most specific entry", async () => {
    const { activeHref } = await import("@/lib/core/navigation");
    const hrefs = ["/", "/persons", "/ic", "/ic/review"];
    expect(activeHref("/ic/review", hrefs)).toBe("/ic/review");
    expect(activeHref("/ic/c123", hrefs)).toBe("/ic");
    expect(activeHref("/", hrefs)).toBe("/");
    expect(activeHref("/persons/x", hrefs)).toBe("/persons");
  });
});
