"use client";

import { useState } from "react";
import { Copy } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The one time a temporary password is ever shown: it is not stored in clear anywhere, so
 * leaving this screen loses it (a new reset is then the only way).
 */
export function TemporaryPasswordPanel({ title, username, password }: { title: string; username?: string; password: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Alert tone="success" title={title} data-testid="temp-password-panel">
      {username && (
        <p>
          用户名：<span className="font-mono" data-testid="temp-username">{username}</span>
        </p>
      )}
      <p className="mt-2">临时密码：</p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <code className="rounded border border-green-300 bg-white px-3 py-2 font-mono text-xl tracking-wider text-slate-900 select-all" data-testid="temp-password">
          {password}
        </code>
        <Button type="button" variant="secondary" size="sm" onClick={copy} data-testid="temp-password-copy">
          <Copy className="size-4" aria-hidden="true" />
          {copied ? "已复制" : "复制"}
        </Button>
      </div>
      <p className="mt-3 font-medium">
        此密码只显示这一次，请立即复制并当面或通过电话告知本人（不要通过聊天软件发送）。本人首次登录时须设置新密码。
      </p>
    </Alert>
  );
}
