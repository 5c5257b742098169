import Link from "next/link";
import { Search, UserPlus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";

export function QuickLinks({ canCreatePerson }: { canCreatePerson: boolean }) {
  return (
    <Card data-testid="desk-quick-links">
      <CardHeader title="快捷入口" />
      <CardContent className="flex flex-wrap gap-3">
        {canCreatePerson && (
          <Link href="/persons/new" className={buttonClass("primary")} data-testid="desk-new-person">
            <UserPlus className="size-4" aria-hidden="true" />
            新增人员
          </Link>
        )}
        <Link href="/persons#person-id-search" className={buttonClass("secondary")} data-testid="desk-id-lookup">
          <Search className="size-4" aria-hidden="true" />
          按身份证号查询
        </Link>
      </CardContent>
    </Card>
  );
}
