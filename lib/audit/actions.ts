"use server";
import { staffAction } from "@/lib/core/action-client";
import { verifyAuditChain } from "@/lib/core/audit";

/** X-02 tamper evidence: recomputes the whole hash chain (city admins only). */
export const verifyAuditChainAction = staffAction
  .metadata({ permission: "audit.verify" })
  .action(async () => verifyAuditChain());
