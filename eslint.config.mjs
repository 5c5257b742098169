import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // STYLE.md: data access goes through lib/<module>/queries|services with a scope, never from
    // routes or components directly, so the scope choke point cannot be bypassed.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/core/db", "**/lib/core/db"],
              message: "app/ 与 components/ 不得直接访问数据库：请调用 lib/<模块>/queries 或 services（均需 scope）。",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "test-results/**", "out/**", "build/**", "next-env.d.ts", "node_modules/**", "lib/generated/**"]),
]);

export default eslintConfig;
