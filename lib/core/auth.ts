import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, logout } from "@/lib/accounts/login";
import { fromHeaders } from "./request-context";
import { sessionSecret } from "./env";

// idle timeout 30 minutes (the JWT is only extended while the user is active — see
// components/shell/idle-guard.tsx) and an absolute lifetime checked in session.ts.
export const IDLE_SESSION_SECONDS = 30 * 60;
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: sessionSecret(),
  session: { strategy: "jwt", maxAge: IDLE_SESSION_SECONDS, updateAge: 0 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: {}, password: {}, otp: {} },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const result = await authenticate(
          { username: credentials?.username ?? "", password: credentials?.password ?? "", otp: credentials?.otp || undefined },
          fromHeaders((name) => headers[name]),
        );
        // next-auth passes the message through to signIn()'s `error` on the login page.
        if (!result.ok) throw new Error(result.needsTotp ? `TOTP:${result.message}` : result.message);
        return { id: result.userId, userId: result.userId, epoch: result.epoch, loginAt: Date.now() };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { userId: string; epoch: number; loginAt: number };
        token.userId = u.userId;
        token.epoch = u.epoch;
        token.loginAt = u.loginAt;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { userId: token.userId, epoch: token.epoch, loginAt: token.loginAt } as typeof session.user;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.userId) await logout(String(token.userId), {});
    },
  },
};
