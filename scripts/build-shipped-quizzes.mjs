/**
 * @module
 * `npm run build:quizzes`: generates the shipped quizzes from the shipped articles with the
 * current generator and writes src/content/shipped-quizzes.generated.json (only when it
 * changed). `--check` writes nothing and exits 1 when the file is stale. `npm start`,
 * `npm test` and `npm run deploy` run it first. The TypeScript sources (and the articles,
 * `*.txt` text modules as wrangler bundles them) are bundled in memory with esbuild.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, "src", "content", "shipped-quizzes.generated.json");

/**
 * Regenerates the file; returns whether it was stale. With `check`, only tells.
 *
 * @example
 * await buildShippedQuizzesFile(); // false: already up to date
 */
export async function buildShippedQuizzesFile({ check = false } = {}) {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: {
      contents:
        'import { buildShippedQuizzes, serializeShippedQuizzes } from "./src/content/build-shipped-quizzes";\n' +
        "export default serializeShippedQuizzes(buildShippedQuizzes());\n",
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    loader: { ".txt": "text" },
    // The generated file itself need not exist for the build: only its type is imported.
    external: ["*.generated.json"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const url = `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`;
  const text = (await import(url)).default;
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  const stale = current !== text;
  if (stale && !check) writeFileSync(target, text);
  return stale;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const check = process.argv.includes("--check");
  const stale = await buildShippedQuizzesFile({ check });
  const file = path.relative(root, target);
  if (check && stale) {
    console.error(`${file} is stale against the generator: run npm run build:quizzes`);
    process.exit(1);
  }
  console.log(stale ? `${file} regenerated.` : `${file} up to date.`);
}
