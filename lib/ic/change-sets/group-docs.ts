import { FieldError } from "@/lib/core/errors";
import { GROUPS } from "@/lib/ic/groups";
import type { CoreGroupKey } from "./schemas";

/**
 * A proposed group document, validated by the same registry schema as the live group (drafts are
 * allowed there too: completeness is a matter for the reviewers of the change). A group marked
 * "无" carries an empty document.
 */
export function parseGroupProposal(key: CoreGroupKey, data: Record<string, unknown>, markedNone: boolean): Record<string, unknown> {
  if (markedNone) return {};
  const def = GROUPS[key];
  const parsed = def.schema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.join(".");
    const label = def.labels[path.replace(/^items\.\d+\./, "")] ?? path;
    throw new FieldError("groupData", `${def.label}：${label ? `${label}，` : ""}${issue.message}`);
  }
  return parsed.data;
}
