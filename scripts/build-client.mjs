/**
 * @module
 * Bundles the pages' scripts (src/client, TypeScript) into public/, where the assets server
 * serves them: src/client/quiz-page.tsx → /quiz.js, src/client/teacher/teacher-page.ts →
 * /teacher.js. Wrangler runs it before `wrangler dev` (npm start, the browser and load tests)
 * and `wrangler deploy` (wrangler.toml `[build]`), and again when src/ changes under
 * `wrangler dev`. The bundles are not committed (.gitignore): they are built from the sources
 * every time, so they cannot be stale.
 *
 *   node scripts/build-client.mjs            # build
 *   node scripts/build-client.mjs --sizes    # build, then print each bundle's size
 */

import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    quiz: "src/client/quiz-page.tsx",
    teacher: "src/client/teacher/teacher-page.ts",
  },
  outdir: "public",
  bundle: true,
  minify: true,
  // Classic scripts (`<script defer>`): no module loader needed, nothing leaks into globals.
  format: "iife",
  target: "es2022",
  // The views are written for hono/jsx; in the browser the same JSX renders with hono/jsx/dom.
  jsx: "automatic",
  jsxImportSource: "hono/jsx/dom",
  tsconfig: "src/client/tsconfig.json",
  legalComments: "none",
  metafile: true,
  write: true,
  logLevel: "warning",
});

if (process.argv.includes("--sizes")) {
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
    const { readFileSync } = await import("node:fs");
    const gzipped = gzipSync(readFileSync(path.join(root, file))).length;
    console.log(
      `${file}: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped`,
    );
  }
}
