import { cloneElement, useId, type ReactElement } from "react";
import { cn } from "./cn";
import { Label } from "./label";

type ControlProps = {
  id?: string;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-describedby"?: string;
  "aria-required"?: boolean | "true" | "false";
};

export type FormFieldProps = {
  label: React.ReactNode;
  /** The control's id; generated when omitted. */
  id?: string;
  /** Chinese message shown under the control (zod / server validation text). */
  error?: string;
  hint?: React.ReactNode;
  required?: boolean;
  className?: string;
  /** Exactly one control (Input, Select, Textarea...); it receives id and the aria wiring. */
  children: ReactElement<ControlProps>;
};

export function FormField({ label, id, error, hint, required, className, children }: FormFieldProps) {
  const generated = useId();
  const controlId = id ?? children.props.id ?? `f${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [children.props["aria-describedby"], hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <Label htmlFor={controlId} required={required}>
        {label}
      </Label>
      {cloneElement(children, {
        id: controlId,
        "aria-invalid": error ? true : children.props["aria-invalid"],
        "aria-describedby": describedBy,
        "aria-required": required || children.props["aria-required"],
      })}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
