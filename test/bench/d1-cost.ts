/**
 * @module
 * A diagnostic, run by hand: what one local D1 round trip costs in the workerd harness, and how
 * much of it is the disk under D1's SQLite file.
 *
 *     npx tsx test/bench/d1-cost.ts                    # D1's files in the system's temp dir
 *     TMPDIR=/dev/shm npx tsx test/bench/d1-cost.ts    # the same in memory (tmpfs)
 *
 * Serves bare Hono and workers/bare-hono-d1.ts (bare Hono answering with one D1 SELECT by key,
 * one INSERT, or one batch of two INSERTs, nothing else), each built as `wrangler deploy` builds
 * it (built-worker.ts), D1 persisted under the temp dir; measures each route in slices paired
 * with bare Hono (load.ts), then the CPU time per request of the serving workerd process over
 * 300 requests. Prints a Markdown table; writes nothing.
 */
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorker, type ServedWorker, serveBuiltWorker } from "./built-worker";
import { combine, type LoadTarget, pairRatios, runPaired, warmUp } from "./load";
import { BENCH_DIR } from "./paths";
import { cleanUp, installExitHook, makeTempDir } from "./start-worker";
import { send } from "./workerd-targets";

const settings = { connections: 10, duration: 6, slices: 6, warmup: 1 };
const CPU_REQUESTS = 300;
const SHEET = JSON.stringify({ answers: { q1: "a", q2: "b", q3: true }, student: "Banc d'essai" });

/** Kept-alive connections, as autocannon keeps its own. */
const agent = new http.Agent({ keepAlive: true });

installExitHook();
const served: ServedWorker[] = [];
try {
  const workers = join(BENCH_DIR, "workers");
  const [bareHonoBuild, d1Build] = await Promise.all([
    buildWorker(join(workers, "bare-hono.toml"), makeTempDir("build-bare-hono")),
    buildWorker(join(workers, "bare-hono-d1.toml"), makeTempDir("build-bare-hono-d1")),
  ]);
  const bareHono = await serveBuiltWorker(bareHonoBuild, {
    name: "bare-hono",
    persistTo: makeTempDir("bh"),
  });
  served.push(bareHono);
  const d1 = await serveBuiltWorker(d1Build, {
    name: "bare-hono-d1",
    persistTo: makeTempDir("d1"),
    migrations: join(workers, "bare-hono-d1-migrations"),
  });
  served.push(d1);
  const reference: LoadTarget = { method: "GET", url: new URL("/", bareHono.url).href };
  const post = (path: string): LoadTarget => ({
    method: "POST",
    url: new URL(path, d1.url).href,
    headers: { "Content-Type": "application/json" },
    body: SHEET,
  });
  const rows: [string, LoadTarget, ServedWorker][] = [
    ["bare Hono (itself)", reference, bareHono],
    ["one D1 SELECT by key", { method: "GET", url: d1.url }, d1],
    ["one D1 INSERT", post("/"), d1],
    ["one D1 batch of 2 INSERTs", post("/batch"), d1],
  ];
  await warmUp(reference, settings);
  console.log(`D1 persisted under ${tmpdir()}`);
  console.log("| Route | × bare Hono (each pair) | req/s | p50 ms | workerd CPU ms/req |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [label, target, worker] of rows) {
    await warmUp(target, settings);
    const paired = await runPaired(target, reference, settings);
    const load = combine(paired.target, settings.connections);
    const alongside = combine(paired.reference, settings.connections);
    const pairs = pairRatios(paired.target, paired.reference);
    const before = worker.cpuTimeMs();
    for (let i = 0; i < CPU_REQUESTS; i++) await send(target, agent);
    const cpu = (worker.cpuTimeMs() - before) / CPU_REQUESTS;
    console.log(
      `| ${label} | ${(load.requestsPerSecond / alongside.requestsPerSecond).toFixed(2)} (${pairs
        .map((ratio) => ratio.toFixed(2))
        .join(
          ", ",
        )}) | ${Math.round(load.requestsPerSecond)} | ${load.p50.toFixed(1)} | ${cpu.toFixed(2)} |`,
    );
  }
} finally {
  await Promise.all(served.map((worker) => worker.stop().catch(() => undefined)));
  agent.destroy();
  await cleanUp();
}
