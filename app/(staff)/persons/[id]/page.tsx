import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ContactForm } from "@/components/persons/contact-form";
import { PersonProfile } from "@/components/persons/person-profile";
import { NotFound } from "@/lib/core/errors";
import { can } from "@/lib/core/permissions";
import { getScope } from "@/lib/core/scope";
import { getPersonProfile } from "@/lib/persons/queries";

export const metadata: Metadata = { title: "人员档案" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; existing?: string }> };

export default async function PersonPage({ params, searchParams }: Props) {
  const scope = await getScope();
  if (!can(scope, "person.read")) notFound();
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  // Opening the page is audited as VIEW_FULL_PROFILE by the query; out of scope is "not found".
  const person = await getPersonProfile(scope, id).catch((e) => (e instanceof NotFound ? null : Promise.reject(e)));
  if (!person) notFound();
  return (
    <>
      <PageHeader
        title="人员档案"
        breadcrumbs={[{ label: "人员信息", href: "/persons" }, { label: person.name }]}
        actions={
          can(scope, "audit.read") && (
            <Link href={`/audit?personId=${person.id}`} className={buttonClass("secondary", "sm")} data-testid="person-audit-link">
              谁查看过此档案
            </Link>
          )
        }
      />
      {flags.created && <Alert tone="success" className="mb-4" data-testid="person-created">人员已登记。</Alert>}
      {flags.existing && (
        <Alert tone="info" className="mb-4" data-testid="person-existing">该身份证号已登记，已为您打开现有人员档案，无需重复登记。</Alert>
      )}
      <div className="flex flex-col gap-6">
        <PersonProfile person={person} />
        {can(scope, "person.write") && (
          <Card>
            <CardHeader title="修改联系方式" description={`当前版本 ${person.version}；如他人已先行修改，保存时会提示刷新。`} />
            <CardContent>
              <ContactForm
                personId={person.id}
                version={person.version}
                residenceAddress={person.residenceAddress}
                mobileMasked={person.mobileMasked}
                hasLandline={person.hasLandline}
              />
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
