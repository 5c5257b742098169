"use client";

import { useEffect } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

/**
 * Keeps a form's hidden `version` field equal to the record's current version after a refresh,
 * so the next save carries it without remounting the form and losing what was typed.
 */
export function useSyncedVersion<T extends FieldValues>(form: UseFormReturn<T>, version: number, name = "version" as Path<T>) {
  useEffect(() => {
    form.setValue(name, version as PathValue<T, Path<T>>);
  }, [form, name, version]);
}
