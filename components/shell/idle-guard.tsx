"use client";

import { useEffect, useRef, useState } from "react";
import { getSession, signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

// the session JWT lives 30 minutes and is re-issued on every /api/auth/session read, so
// reading it while the user is active keeps them signed in, and silence lets it lapse. Mirrors
// IDLE_SESSION_SECONDS in lib/core/auth.ts (a server-only module, so not imported here).
const IDLE_MS = 30 * 60 * 1000;
const WARN_MS = 28 * 60 * 1000;
const REFRESH_MS = 5 * 60 * 1000;
const CHECK_MS = 15 * 1000;
// Shared across tabs: working in one tab must not sign the user out of another.
const STORAGE_KEY = "vs:last-activity";
const EVENTS = ["pointerdown", "keydown", "wheel", "touchstart", "mousemove", "scroll"] as const;

function sharedLastActivity(local: number): number {
  try {
    return Math.max(local, Number(window.localStorage.getItem(STORAGE_KEY)) || 0);
  } catch {
    return local;
  }
}

export function IdleGuard() {
  const lastActivity = useRef(0);
  const lastRefresh = useRef(0);
  const lastStored = useRef(0);
  const [warning, setWarning] = useState(false);

  useEffect(() => {
    const start = Date.now();
    lastActivity.current = start;
    lastRefresh.current = start;
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      // mousemove fires constantly; localStorage writes are throttled.
      if (now - lastStored.current > 5000) {
        lastStored.current = now;
        try {
          window.localStorage.setItem(STORAGE_KEY, String(now));
        } catch {}
      }
    };
    const check = async () => {
      const now = Date.now();
      const last = sharedLastActivity(lastActivity.current);
      if (now - last >= IDLE_MS) {
        await signOut({ callbackUrl: "/login?reason=idle" });
        return;
      }
      setWarning(now - last >= WARN_MS);
      if (last > lastRefresh.current && now - lastRefresh.current >= REFRESH_MS) {
        lastRefresh.current = now;
        const session = await getSession();
        // Already expired on the server (e.g. the computer slept): go to login now, not on the next click.
        if (!session) await signOut({ callbackUrl: "/login?reason=idle" });
      }
    };
    for (const e of EVENTS) window.addEventListener(e, onActivity, { passive: true });
    document.addEventListener("visibilitychange", check);
    const timer = window.setInterval(check, CHECK_MS);
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, onActivity);
      document.removeEventListener("visibilitychange", check);
      window.clearInterval(timer);
    };
  }, []);

  if (!warning) return null;
  // WCAG 2.2.1: warn before a time limit ends and let the user extend it with one action.
  return (
    <div
      role="status"
      data-testid="idle-warning"
      className="fixed right-4 bottom-4 left-4 z-50 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900 shadow-lg"
    >
      <p className="min-w-0 flex-1">您已较长时间未操作，约 2 分钟后将自动退出。</p>
      <Button
        size="sm"
        onClick={() => {
          lastActivity.current = Date.now();
          lastRefresh.current = 0;
          setWarning(false);
          void getSession();
        }}
      >
        继续使用
      </Button>
    </div>
  );
}
