import { redirect } from "next/navigation";
import { getScope } from "@/lib/core/scope";
import { isTotpRequiredFor } from "@/lib/settings/security";
import { navFor } from "@/lib/core/navigation";
import { AppShell } from "@/components/shell/app-shell";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const scope = await getScope();
  // The forced change lives outside this group (app/(auth)/change-password), so no redirect loop.
  if (scope.mustChangePassword) redirect("/change-password");
  // where the city admin requires a second factor for this role, enrol before anything else.
  if (!scope.totpEnabled && (await isTotpRequiredFor(scope.role))) redirect("/setup-totp");
  const user = { displayName: scope.displayName, orgUnitName: scope.orgUnitName, role: scope.role, level: scope.level };
  return (
    <AppShell user={user} sections={navFor(scope)}>
      {children}
    </AppShell>
  );
}
