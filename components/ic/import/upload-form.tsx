import { Download, Upload } from "lucide-react";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/**
 * steps 1–2: download the template, upload the filled file. A plain multipart form to
 * the route handler (no JavaScript needed); the server answers with the preview page.
 */
export function ImportUploadForm() {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <CardHeader title="第一步：下载导入模板" description="模板含中文表头、人员类别下拉选项和填写说明，请勿修改表头。" />
        <CardContent>
          {/* A plain <a>: Next's <Link> would prefetch the download. */}
          <a href="/api/ic/xlsx/import/template" className={buttonClass("secondary")} data-testid="import-template">
            <Download className="size-4" aria-hidden="true" />
            下载人员信息导入模板
          </a>
        </CardContent>
      </Card>
      <Card>
        <CardHeader title="第二步：上传填好的文件" description="单个文件不超过10MB、20,000行。上传后先检查，确认无误再导入。" />
        <CardContent>
          <form method="post" action="/api/ic/xlsx/import" encType="multipart/form-data" className="flex flex-col gap-4">
            <FormField label="Excel文件（.xlsx）" required>
              <Input type="file" name="file" required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="import-file" />
            </FormField>
            <div>
              <Button type="submit" data-testid="import-upload">
                <Upload className="size-4" aria-hidden="true" />
                上传并检查
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
