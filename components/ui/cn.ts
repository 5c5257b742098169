/** Joins class names, skipping falsy ones. No tailwind-merge: callers add classes, they do not fight ours. */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
