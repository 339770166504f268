import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // Tests see a known token and the migrations to apply in test/apply-migrations.ts.
          bindings: { TEACHER_TOKEN: "test-teacher-token", TEST_MIGRATIONS: migrations },
        },
      }),
    ],
    // The routes keep their descriptions: test/routes/openapi.test.ts and api-docs.test.ts
    // build the API's documentation from this app, as scripts/build-api-docs.mjs does.
    define: { WITH_API_DOCS: "true" },
    test: {
      include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
      setupFiles: ["./test/apply-migrations.ts"],
    },
  };
});
