/**
 * @module
 * Other people edit this working tree while the bench runs, and `wrangler dev` rebuilds the
 * product whenever a file it uses changes — mid-measurement, possibly into a broken build. So the
 * bench copies the product (its sources, static files, migrations and configs) once, at the
 * start, and measures that copy everywhere: bundle, cold start and load. The copy lives under
 * .wrangler/ (ignored by git and biome), where packages still resolve from the repo's
 * node_modules, and is removed at the end.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths";
import { removeOnCleanUp } from "./start-worker";

/** Everything `wrangler dev` / `wrangler deploy` reads for the product. */
const PRODUCT_FILES = [
  "src",
  "public",
  "migrations",
  "wrangler.toml",
  "tsconfig.json",
  "package.json",
];

/** Which code the figures are for: the commit, and how many files differed from it. */
export interface TreeState {
  head: string;
  uncommittedFiles: number;
  snapshotAt: string;
}

/** Copies the product into a fresh dir; returns it (with its own wrangler.toml). */
export function snapshotProduct(): string {
  const parent = join(ROOT, ".wrangler");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "bench-snapshot-"));
  removeOnCleanUp(dir);
  for (const name of PRODUCT_FILES) {
    const source = join(ROOT, name);
    if (existsSync(source)) cpSync(source, join(dir, name), { recursive: true });
  }
  return dir;
}

/**
 * The product at a commit (`git archive`), for a before/after run: its own dir under .wrangler/
 * as `snapshotProduct` makes, removed at the end.
 *
 * @example
 * const before = await snapshotRef("main");
 */
export async function snapshotRef(ref: string): Promise<{ dir: string; commit: string }> {
  const commit = (await git(["rev-parse", "--short", `${ref}^{commit}`])).trim();
  if (!commit) throw new Error(`--baseline ${ref}: no such commit`);
  const parent = join(ROOT, ".wrangler");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "bench-baseline-"));
  removeOnCleanUp(dir);
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      "sh",
      ["-c", 'git archive --format=tar "$0" | tar -x -C "$1"', commit, dir],
      {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    child.on("error", () => resolve(null));
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  if (code !== 0) throw new Error(`could not extract ${commit} into ${dir}`);
  return { dir, commit };
}

/** HEAD and the number of uncommitted files (read-only git commands). */
export async function describeTree(): Promise<TreeState> {
  const head = (await git(["rev-parse", "--short", "HEAD"])).trim() || "unknown";
  const status = await git(["status", "--porcelain", "--untracked-files=all"]);
  return {
    head,
    uncommittedFiles: status.split("\n").filter((line) => line.trim() !== "").length,
    snapshotAt: new Date().toISOString(),
  };
}

function git(args: string[]): Promise<string> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn("git", args, { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] });
    child.stdout?.on("data", (chunk) => {
      output += chunk.toString("utf8");
    });
    child.on("error", () => resolve(""));
    child.on("exit", () => resolve(output));
  });
}
