/**
 * @module
 * `npm run bench` (10 s per target) or `npm run bench -- --quick` (3 s per target): bundle size,
 * CPU per operation, the built Worker on workerd next to a bare Worker and a bare Hono Worker
 * built the same way (workerd-targets.ts), cold start, then HTTP load on the same under
 * `wrangler dev` (http-targets.ts). The product measured is a copy of the working tree taken at
 * the start (snapshot.ts); `--baseline <ref>` also builds the product at that commit and
 * measures it in the workerd harness side by side (before/after in one run).
 *
 * A full run writes test/bench/results/latest.json and regenerates the figures in
 * BENCHMARKS.md; a quick run writes test/bench/results/quick.json and leaves BENCHMARKS.md
 * alone. Every wrangler started is stopped at the end, on failure and on Ctrl-C.
 *
 * Each target gets --duration seconds (10; quick 3) cut into at most --slices slices (10; quick
 * 3), each paired with a slice of the bare Hono reference (see load.ts), after --warmup seconds
 * (2; quick 1), at --connections connections (10). --cold-starts fresh servers (3; quick 1).
 * --render only regenerates BENCHMARKS.md's figures from results/latest.json. --workerd-only
 * skips the `wrangler dev` harness and the cold starts (quick iterations on the first table).
 * A full run also writes test/bench/smoke-baseline.json, the ratios the smoke test in
 * `npm test` (smoke.node.ts) holds the code to.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureBundle } from "./bundle-size";
import { type ColdStartReport, measureColdStart } from "./cold-start";
import { runLoadTests, SEED_ID } from "./http-targets";
import { describeMachine, loadAverage } from "./machine";
import { runMicro } from "./micro";
import { REPORT_FILE, RESULTS_DIR, ROOT } from "./paths";
import {
  type BenchResults,
  formatMs,
  formatRate,
  renderFigures,
  type Section,
  updateReport,
} from "./report";
import type { WorkerdSection } from "./report-workerd";
import { SMOKE_BASELINE_FILE, type SmokeBaseline } from "./smoke-baseline";
import { describeTree, snapshotProduct, snapshotRef } from "./snapshot";
import { cleanUp, installExitHook, makeTempDir } from "./start-worker";
import { HOT_PATHS, runWorkerdBench } from "./workerd-targets";

const options = parseOptions(process.argv.slice(2));
const log = (line: string) => console.log(line);

installExitHook();
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping every wrangler and removing temp dirs…`);
    cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

try {
  if (options.render) renderOnly();
  else await main();
} catch (error) {
  console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const machine = await describeMachine();
  const tree = await describeTree();
  const product = snapshotProduct();
  const productConfig = join(product, "wrangler.toml");
  log(
    `Ardoise benchmarks (${options.quick ? "quick" : "full"}): ${options.connections} connections, ` +
      `${options.warmup} s warm-up + ${options.duration} s per target in ${options.slices} slices; ` +
      `${machine.nproc} cores, load average ${machine.loadAverageAtStart.toFixed(2)}`,
  );
  log(
    `Product: a copy of the working tree (HEAD ${tree.head} + ${tree.uncommittedFiles} ` +
      "uncommitted files) taken now; edits made during the run do not reach it.",
  );

  log("\n[1/5] Bundle size (wrangler deploy --dry-run, esbuild metafile)");
  const bundle = await section(async () => {
    const report = await measureBundle(product, makeTempDir("dry-run"));
    log(`  ${report.uploadKiB} KiB upload / ${report.gzipKiB} KiB gzip`);
    return report;
  });

  log("\n[2/5] CPU per operation (mitata, Node)");
  const micro = await section(() => runMicro(log));

  log("\n[3/5] The built Worker on workerd (no wrangler dev), each target paired with bare Hono");
  const workerd = await section(() => runWorkerd(product, tree.head));

  let coldStart: Section<ColdStartReport> = { error: "skipped (--workerd-only)" };
  let load: Awaited<ReturnType<typeof runLoadTests>> = {
    warnings: [],
    targets: [],
    reference: undefined,
  };
  if (!options.workerdOnly) {
    log(`\n[4/5] Cold start (${options.coldStarts} fresh wrangler dev)`);
    coldStart = await section(() =>
      measureColdStart(productConfig, SEED_ID, options.coldStarts, log),
    );
    log("\n[5/5] HTTP load under wrangler dev (each target in slices alternating with bare Hono)");
    load = await runLoadTests(productConfig, options, log);
  }
  const { warnings, targets, reference } = load;

  const results: BenchResults = {
    date: new Date().toISOString(),
    mode: options.quick ? "quick" : "full",
    settings: {
      connections: options.connections,
      duration: options.duration,
      slices: options.slices,
      warmup: options.warmup,
      coldStartRuns: options.coldStarts,
    },
    runtimeSeconds: (performance.now() - startedAt) / 1000,
    machine,
    loadAverageAtEnd: loadAverage(),
    reference: reference ?? null,
    warnings,
    tree,
    targets,
    workerd,
    micro,
    bundle,
    coldStart,
  };

  mkdirSync(RESULTS_DIR, { recursive: true });
  const resultsFile = join(RESULTS_DIR, options.quick ? "quick.json" : "latest.json");
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  await formatWithBiome(resultsFile);
  const figures = renderFigures(results);
  if (options.quick) {
    log(`\n${figures}\n`);
    log(`Quick run: raw results in ${resultsFile}; BENCHMARKS.md left as it was.`);
  } else {
    updateReport(REPORT_FILE, figures);
    log(`\nRaw results: ${resultsFile}; figures regenerated in ${REPORT_FILE}.`);
    if (!("error" in workerd)) writeSmokeBaseline(workerd, results.date);
  }
  printSummary(results);
}

/** The workerd harness on the snapshot, and on the `--baseline` commit first when given. */
async function runWorkerd(product: string, head: string): Promise<WorkerdSection> {
  const products: { label: string; dir: string; code: string }[] = [];
  if (options.baseline) {
    const before = await snapshotRef(options.baseline);
    products.push({
      label: "before",
      dir: before.dir,
      code: `${options.baseline} (${before.commit})`,
    });
  }
  products.push({
    label: options.baseline ? "after" : "now",
    dir: product,
    code: `the working tree (HEAD ${head})`,
  });
  const settings = {
    connections: options.connections,
    duration: options.quick ? 2 : 6,
    slices: options.quick ? 2 : 6,
    warmup: options.quick ? 0.5 : 1,
  };
  const profileRequests = options.quick ? 100 : 300;
  const outcome = await runWorkerdBench(
    products,
    { ...settings, profileRequests, generationRuns: options.quick ? 3 : 6 },
    log,
  );
  return {
    ...outcome,
    products: products.map(({ label, code }) => ({ label, code })),
    settings,
    profileRequests,
  };
}

/** The ratios of the code measured now, for the smoke test in `npm test` (smoke.node.ts). */
function writeSmokeBaseline(workerd: WorkerdSection, date: string): void {
  const label = workerd.products.at(-1)?.label;
  const ratios: Record<string, number> = {};
  for (const { id } of HOT_PATHS) {
    const result = workerd.targets.find(
      (target) => target.product === label && target.id === id && target.layer === "none",
    );
    if (result?.ratio !== undefined) ratios[id] = Math.round(result.ratio * 1000) / 1000;
  }
  const baseline: SmokeBaseline = {
    measuredAt: date,
    code: workerd.products.at(-1)?.code ?? "",
    ratios,
  };
  writeFileSync(SMOKE_BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
  log(`Smoke-test baseline ratios written to ${SMOKE_BASELINE_FILE}.`);
}

/** `--render`: regenerates the figures in BENCHMARKS.md from results/latest.json, measures nothing. */
function renderOnly(): void {
  const file = join(RESULTS_DIR, "latest.json");
  const results = JSON.parse(readFileSync(file, "utf8")) as BenchResults;
  updateReport(REPORT_FILE, renderFigures(results));
  log(`Figures in ${REPORT_FILE} regenerated from ${file}.`);
}

/** Formats a file as `npm run check` expects (biome collapses short arrays onto one line). */
async function formatWithBiome(file: string): Promise<void> {
  const biome = join(ROOT, "node_modules", "@biomejs", "biome", "bin", "biome");
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [biome, "format", "--write", file], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "ignore"],
    });
    child.on("error", () => resolve(null));
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  if (code !== 0) console.error(`  (could not format ${file} with biome; run npm run format)`);
}

async function section<T>(run: () => Promise<T>): Promise<Section<T>> {
  try {
    return await run();
  } catch (error) {
    const message = (error as Error).message;
    console.error(`  FAILED: ${message}`);
    return { error: message.split("\n")[0] ?? message };
  }
}

function printSummary(results: BenchResults): void {
  log("\nSummary");
  for (const target of results.targets) {
    const load = target.load;
    const figure = load
      ? `${formatRate(load.requestsPerSecond)} req/s, p50 ${formatMs(load.p50)} ms, p99 ${formatMs(load.p99)} ms`
      : target.status;
    const ratio = target.ratio === undefined ? "" : `, ${target.ratio.toFixed(2)}× bare Hono`;
    const goal =
      target.target === undefined
        ? ""
        : ` (target ≥ ${target.target}×: ${target.met === undefined ? "n/a" : target.met ? "met" : "NOT MET"})`;
    log(`  ${target.label.padEnd(40)} ${figure}${ratio}${goal}`);
  }
  if (!("error" in results.bundle)) {
    log(`  Bundle: ${results.bundle.uploadKiB} KiB / ${results.bundle.gzipKiB} KiB gzip`);
  }
  log(`  Whole bench: ${results.runtimeSeconds.toFixed(0)} s`);
}

interface Options {
  quick: boolean;
  render: boolean;
  workerdOnly: boolean;
  /** A commit to measure next to the working tree in the workerd harness. */
  baseline: string | undefined;
  duration: number;
  slices: number;
  warmup: number;
  connections: number;
  coldStarts: number;
}

function parseOptions(args: string[]): Options {
  const quick = args.includes("--quick");
  const number = (name: string, fallback: number) => {
    const index = args.indexOf(name);
    if (index === -1) return fallback;
    const value = Number(args[index + 1]);
    if (!(value > 0)) throw new Error(`${name} needs a positive number`);
    return value;
  };
  const known = new Set([
    "--quick",
    "--render",
    "--duration",
    "--slices",
    "--warmup",
    "--connections",
    "--cold-starts",
    "--workerd-only",
    "--baseline",
  ]);
  const unknown = args.find((arg) => arg.startsWith("--") && !known.has(arg));
  if (unknown) throw new Error(`Unknown option ${unknown}; see test/bench/run-bench.ts`);
  const baselineAt = args.indexOf("--baseline");
  const baseline = baselineAt === -1 ? undefined : args[baselineAt + 1];
  if (baselineAt !== -1 && (!baseline || baseline.startsWith("--"))) {
    throw new Error("--baseline needs a git ref (a commit, a branch)");
  }
  return {
    quick,
    render: args.includes("--render"),
    workerdOnly: args.includes("--workerd-only"),
    baseline,
    duration: number("--duration", quick ? 3 : 10),
    slices: number("--slices", quick ? 3 : 10),
    warmup: number("--warmup", quick ? 1 : 2),
    connections: number("--connections", 10),
    coldStarts: number("--cold-starts", quick ? 1 : 3),
  };
}
