import { redirect } from "next/navigation";
import { getScope } from "@/lib/core/scope";
import { navFor } from "@/lib/core/navigation";
import { AppShell } from "@/components/shell/app-shell";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const scope = await getScope();
  // The forced change lives outside this group (app/(auth)/change-password), so no redirect loop.
  if (scope.mustChangePassword) redirect("/change-password");
  const user = { displayName: scope.displayName, orgUnitName: scope.orgUnitName, role: scope.role, level: scope.level };
  return (
    <AppShell user={user} sections={navFor(scope)}>
      {children}
    </AppShell>
  );
}
