/**
 * @module
 * Bundles the pages' scripts (src/client, TypeScript) into public/, where the assets server
 * serves them: src/client/quiz-page.tsx → /quiz.js, src/client/teacher/teacher-page.ts →
 * /teacher.js. Wrangler runs it before `wrangler dev` (npm start, the browser and load tests)
 * and `wrangler deploy` (wrangler.toml `[build]`), and again when src/ changes under
 * `wrangler dev`. The bundles are not committed (.gitignore): they are built from the sources
 * every time, so they cannot be stale.
 *
 *   node scripts/build-client.mjs                  # build into public/
 *   node scripts/build-client.mjs --sizes          # and print each bundle's size
 *   node scripts/build-client.mjs --outdir DIR --metafile FILE   # elsewhere, with esbuild's
 *                                                  # metafile (test/client/bundles.node.ts)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: options } = parseArgs({
  options: {
    sizes: { type: "boolean", default: false },
    outdir: { type: "string", default: path.join(root, "public") },
    metafile: { type: "string" },
  },
});

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    quiz: "src/client/quiz-page.tsx",
    teacher: "src/client/teacher/teacher-page.ts",
  },
  outdir: path.resolve(options.outdir),
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

if (options.metafile) writeFileSync(options.metafile, JSON.stringify(result.metafile));
if (options.sizes) {
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
    const gzipped = gzipSync(readFileSync(path.join(root, file))).length;
    console.log(
      `${file}: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipped / 1024).toFixed(1)} KiB gzipped`,
    );
  }
}
