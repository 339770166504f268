/**
 * The pages' scripts as scripts/build-client.mjs bundles them (what wrangler serves as /quiz.js
 * and /teacher.js): each within its size budget, the quiz page's rendering with the server's own
 * views, and no server code in either — the teacher page's typed client takes only the API's
 * types from src/index.ts.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../bench/paths";

/**
 * Budgets, gzipped: a little above the sizes of November 2026 (quiz 12.4 KiB since it sets the
 * results in French typography with src/core/text and asks before a partial hand-in; teacher
 * 13.8 KiB).
 */
const GZIP_BUDGET_KIB = { quiz: 14, teacher: 16 };

/** The parts of src/ the browser may hold: its own code, the views, pure modules of the core. */
const CLIENT_SIDE = /^src\/(client|views|core)\//;
/** What is the server's alone: routes, pages, storage, middleware, the modules beside the entry. */
const SERVER_ONLY = /^src\/(routes|pages|storage|middleware)\/|^src\/[^/]+\.tsx?$/;

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const outdir = mkdtempSync(join(tmpdir(), "ardoise-client-"));
let metafile: Metafile;

beforeAll(async () => {
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["scripts/build-client.mjs", "--outdir", outdir, "--metafile", join(outdir, "meta.json")],
      { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] },
    );
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  expect(code).toBe(0);
  metafile = JSON.parse(readFileSync(join(outdir, "meta.json"), "utf8"));
}, 60_000);

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

/** The source files bundled into `name` (quiz.js, teacher.js). */
function inputsOf(name: string): string[] {
  const output = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${name}`));
  expect(output, name).toBeDefined();
  return Object.keys(output?.[1].inputs ?? {});
}

describe("the pages' scripts", () => {
  it.each(Object.entries(GZIP_BUDGET_KIB))("%s.js is at most %s KiB gzipped", (name, budget) => {
    const gzipped = gzipSync(readFileSync(join(outdir, `${name}.js`), "utf8")).length / 1024;
    expect(gzipped).toBeGreaterThan(1);
    expect(gzipped).toBeLessThanOrEqual(budget);
  });

  it("render the quiz page's results with the server's views, through hono/jsx/dom", () => {
    const inputs = inputsOf("quiz.js");
    expect(inputs.some((path) => /^src\/views\/results-view\.tsx$/.test(path))).toBe(true);
    expect(inputs.some((path) => /^src\/views\/article-view\.tsx$/.test(path))).toBe(true);
    expect(inputs.some((path) => path.includes("node_modules/hono/dist/jsx/dom/"))).toBe(true);
  });

  it("call the API through Hono's typed client on the teacher page", () => {
    expect(inputsOf("teacher.js").some((path) => path.includes("hono/dist/client/"))).toBe(true);
  });

  it.each(["quiz.js", "teacher.js"])("%s holds no server code", (name) => {
    const sources = inputsOf(name).filter((path) => path.startsWith("src/"));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((path) => SERVER_ONLY.test(path) || !CLIENT_SIDE.test(path))).toEqual([]);
    // Nor the server's packages: the validators, the OpenAPI generator, the language detector.
    const packages = inputsOf(name).filter((path) =>
      /node_modules\/(valibot|hono-openapi|@hono\/valibot-validator|trigram-utils)\//.test(path),
    );
    expect(packages).toEqual([]);
  });
});
