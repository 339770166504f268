/**
 * Node-side tests (test/…/*.node.ts): what cannot run inside workerd, such as validating the
 * OpenAPI document with @seriousme/openapi-schema-validator (it reads its JSON Schemas from
 * node_modules with node:fs and compiles them with Ajv). `npm test` runs them after the Workers
 * tests; `npx vitest run --config vitest.node.config.ts` alone.
 */
import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    {
      // Wrangler bundles `*.txt` as Text modules (typed in src/worker-configuration.d.ts): the same here.
      name: "text-modules",
      enforce: "pre",
      load(id) {
        if (!id.endsWith(".txt")) return null;
        return `export default ${JSON.stringify(readFileSync(id, "utf8"))};`;
      },
    },
  ],
  // The routes keep their descriptions (test/routes/openapi.node.ts validates the document).
  define: { WITH_API_DOCS: "true" },
  test: {
    root: import.meta.dirname,
    environment: "node",
    include: ["test/**/*.node.ts"],
  },
});
