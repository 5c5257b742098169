// Domain errors carry a Chinese message meant for the clerk (STYLE.md "Server actions").
// Anything that is not a DomainError is logged and shown generically.

export class DomainError extends Error {
  readonly code: string = "DOMAIN";
  /** When set, the message belongs next to this form field. */
  readonly field?: string;
  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
  }
}

/** Also used for records outside the caller's scope: never reveal that they exist (STYLE.md). */
export class NotFound extends DomainError {
  readonly code = "NOT_FOUND";
  constructor(message = "记录不存在或无权访问") {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = "FORBIDDEN";
  constructor(message = "您没有执行此操作的权限") {
    super(message);
  }
}

/** A stale `version`, a double submit or a unique-key race. */
export class Conflict extends DomainError {
  readonly code = "CONFLICT";
  constructor(message = "该记录已被他人修改，请刷新后重试", field?: string) {
    super(message, field);
  }
}

export class InvalidTransition extends DomainError {
  readonly code = "INVALID_TRANSITION";
}

export class FieldError extends DomainError {
  readonly code = "FIELD";
  constructor(field: string, message: string) {
    super(message, field);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Prisma's "record to update not found" (P2025) inside a scoped write means out of scope or gone. */
export function isPrismaNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2025";
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}
