import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

const MESSAGES: Record<string, string> = {
  invalid: "请输入正确的18位身份证号、联系服务卡号或办件编号",
  miss: "本单位及下级范围内没有找到对应的办件或服务对象",
};

/**
 * HALL-30: the window's "find the client's case" box — ID number, contact-card number, case
 * number or a scanned card QR. A POST (ID numbers never land in URLs or logs).
 */
export function CaseLookupForm({ result, action = "/hall/cases/lookup" }: { result?: string; action?: string }) {
  return (
    <form method="post" action={action} className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <FormField label="查找服务对象的办件" hint="身份证号、联系服务卡号、办件编号，或扫描联系服务卡二维码" error={result ? MESSAGES[result] : undefined}>
        <Input name="q" maxLength={200} autoComplete="off" spellCheck={false} data-testid="case-lookup-input" />
      </FormField>
      <div>
        <Button type="submit" data-testid="case-lookup-submit">查找</Button>
      </div>
    </form>
  );
}
