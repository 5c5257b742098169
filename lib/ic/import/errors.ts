import { DomainError } from "@/lib/core/errors";

// Upload failures come back to the import page as a code in the URL (never free text, so a crafted
// link cannot put arbitrary words on our page); the page maps the code to this message.
export const UPLOAD_ERRORS = {
  NO_FILE: "请选择要上传的Excel文件",
  TOO_LARGE: "文件超过10MB，请拆分后分批导入",
  NOT_XLSX: "无法读取该文件：请上传由导入模板填写的 .xlsx 文件",
  ENCRYPTED: "文件设置了打开密码，请取消密码后再上传",
  WRONG_TEMPLATE: "不是本系统的人员信息导入模板，请先下载最新模板再填写",
  OLD_TEMPLATE: "导入模板版本已更新，请下载最新模板后重新填写",
  MISSING_COLUMNS: "模板缺少必填列（身份证号、姓名、户籍村（社区）代码、主要人员类别），请使用最新模板",
  NO_ROWS: "文件中没有数据行",
  TOO_MANY_ROWS: "数据超过20,000行，请拆分后分批导入",
  FORBIDDEN: "您没有批量导入的权限",
  FAILED: "文件处理失败，请稍后重试；如多次失败，请联系系统管理员",
} as const;

export type UploadErrorCode = keyof typeof UPLOAD_ERRORS;

export class ImportFileError extends DomainError {
  readonly code = "IMPORT_FILE";
  constructor(readonly reason: UploadErrorCode) {
    super(UPLOAD_ERRORS[reason]);
  }
}

export function uploadErrorMessage(code: string | undefined): string | undefined {
  return code && code in UPLOAD_ERRORS ? UPLOAD_ERRORS[code as UploadErrorCode] : undefined;
}
