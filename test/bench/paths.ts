/**
 * @module
 * Where things are: the repo root, this folder, the results and the report.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Under Node (tsx) an ES module knows its URL; the Workers types don't say so. */
const moduleUrl = (import.meta as unknown as { url: string }).url;

/** test/bench/ */
export const BENCH_DIR = dirname(fileURLToPath(moduleUrl));
/** The repo root. */
export const ROOT = resolve(BENCH_DIR, "..", "..");
export const RESULTS_DIR = join(BENCH_DIR, "results");
export const REPORT_FILE = join(ROOT, "BENCHMARKS.md");
