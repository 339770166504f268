/**
 * @module
 * A diagnostic, run by hand: what the replayed quiz JSON and page pay beyond bare Hono in
 * workerd, part by part.
 *
 *     npx tsx test/bench/headers-cost.ts [--product <label>=<dir>]… [--cpu-rounds <n>]
 *
 * Serves bare Hono, workers/headers-cost.ts (bare Hono answering a body of the quiz JSON's size
 * and/or the same response headers, all built once per isolate) and each product without its
 * assets layer, each built as `wrangler deploy` builds it (built-worker.ts). Each route: its
 * req/s in slices paired with bare Hono (load.ts), then a few seconds of autocannon alone with
 * the CPU time per response of the serving workerd process (kernel, 10 ms ticks) and of this
 * Node process, which runs autocannon and its JavaScript HTTP parser (the client's share of the
 * two cores). With `--cpu-rounds <n>`, only the CPU figures, each route measured in n rounds
 * interleaved with the others (medians; the spread of a single round is large on shared cores).
 * Products default to the working tree (now=.). Prints a Markdown table; writes nothing.
 */
import http from "node:http";
import { join, resolve } from "node:path";
import autocannon, { type AutocannonResult } from "autocannon";
import { buildWorker, type ServedWorker, serveBuiltWorker } from "./built-worker";
import { combine, type LoadTarget, median, pairRatios, runPaired, warmUp } from "./load";
import { BENCH_DIR, ROOT } from "./paths";
import { cleanUp, installExitHook, makeTempDir } from "./start-worker";

const args = process.argv.slice(2);
const products = args
  .flatMap((arg, i) => (args[i - 1] === "--product" ? [arg] : []))
  .map((spec) => {
    const [label, dir] = spec.split("=");
    return { label: label as string, dir: resolve(dir ?? ROOT) };
  });
if (products.length === 0) products.push({ label: "now", dir: ROOT });
const cpuRounds = args.includes("--cpu-rounds")
  ? Number(args[args.indexOf("--cpu-rounds") + 1])
  : 0;
const settings = { connections: 10, duration: 4, slices: 4, warmup: 1 };
/** Seconds of autocannon alone per route, for its CPU figures. */
const CPU_SECONDS = args.includes("--cpu-rounds") ? 2 : 3;
const SEED = "belgique-maroc-dsiti-2016";

/** Kept-alive connections, as autocannon keeps its own. */
const agent = new http.Agent({ keepAlive: true });

installExitHook();
const served: ServedWorker[] = [];
try {
  const workers = join(BENCH_DIR, "workers");
  const [bareHonoBuild, diagBuild, ...productBuilds] = await Promise.all([
    buildWorker(join(workers, "bare-hono.toml"), makeTempDir("build-bare-hono")),
    buildWorker(join(workers, "headers-cost.toml"), makeTempDir("build-headers-cost")),
    ...products.map(({ dir }) => buildWorker(join(dir, "wrangler.toml"), makeTempDir("build"))),
  ]);
  const serve = async (...params: Parameters<typeof serveBuiltWorker>) => {
    const worker = await serveBuiltWorker(...params);
    served.push(worker);
    return worker;
  };
  const bareHono = await serve(bareHonoBuild, { name: "bare-hono", persistTo: makeTempDir("bh") });
  const diag = await serve(diagBuild, { name: "headers-cost", persistTo: makeTempDir("hc") });
  const rows: [string, LoadTarget, ServedWorker][] = [];
  const reference: LoadTarget = { method: "GET", url: new URL("/", bareHono.url).href };
  rows.push(["bare Hono (itself)", reference, bareHono]);
  for (const [label, path] of [
    ["diag: 'ok', as bare Hono", "/ok"],
    ["diag: 3.7 kB body, content-type only", "/body"],
    ["diag: 'ok' + 16 headers", "/headers"],
    ["diag: 'ok' + 10 headers (no legacy)", "/kept-ok"],
    ["diag: 3.7 kB + 16 headers (array)", "/all"],
    ["diag: 3.7 kB + 16 headers (Headers object)", "/all-object"],
    ["diag: 3.7 kB + 10 headers (no legacy)", "/kept"],
    ["diag: 3.7 kB + the JSON's 7 headers now (Headers object)", "/json-now"],
    ["diag: 8.6 kB + the page's 9 headers (Headers object)", "/page"],
    ["diag: the same, a copy of the bytes per response", "/page-copy"],
  ] as const) {
    rows.push([label, { method: "GET", url: new URL(path, diag.url).href }, diag]);
  }
  for (const [i, product] of products.entries()) {
    const worker = await serve(productBuilds[i] as Awaited<(typeof productBuilds)[number]>, {
      name: `product-${product.label}`,
      persistTo: makeTempDir(product.label),
      assets: false,
      migrations: join(product.dir, "migrations"),
      vars: { TEACHER_TOKEN: "t".repeat(40) },
    });
    for (const [label, path] of [
      ["quiz JSON", `/api/quizzes/${SEED}`],
      ["student page", `/quizzes/${SEED}`],
    ] as const) {
      rows.push([
        `${product.label}: ${label}`,
        { method: "GET", url: new URL(path, worker.url).href },
        worker,
      ]);
    }
  }
  await warmUp(reference, settings);
  if (cpuRounds > 0) {
    const figures = rows.map(() => ({ server: [] as number[], client: [] as number[] }));
    for (let round = 0; round < cpuRounds; round++) {
      for (const [i, [, target, worker]] of rows.entries()) {
        const cpu = await cpuUnderLoad(target.url, worker);
        figures[i]?.server.push(cpu.server);
        figures[i]?.client.push(cpu.client);
      }
    }
    console.log("| Route | workerd CPU ms/resp (median; min–max) | client CPU ms/resp (median) |");
    console.log("| --- | ---: | ---: |");
    for (const [i, [label]] of rows.entries()) {
      const { server, client } = figures[i] as { server: number[]; client: number[] };
      console.log(
        `| ${label} | ${median(server).toFixed(3)} (${Math.min(...server).toFixed(3)}–${Math.max(
          ...server,
        ).toFixed(3)}) | ${median(client).toFixed(3)} |`,
      );
    }
  } else await measurePaired(rows, reference);
} finally {
  await Promise.all(served.map((worker) => worker.stop().catch(() => undefined)));
  agent.destroy();
  await cleanUp();
}

async function measurePaired(
  rows: [string, LoadTarget, ServedWorker][],
  reference: LoadTarget,
): Promise<void> {
  console.log(
    "| Route | × bare Hono (each pair) | req/s | workerd CPU ms/resp | client CPU ms/resp | bytes |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [label, target, worker] of rows) {
    const bytes = await responseBytes(target.url);
    const paired = await runPaired(target, reference, settings);
    const load = combine(paired.target, settings.connections);
    const alongside = combine(paired.reference, settings.connections);
    const pairs = pairRatios(paired.target, paired.reference);
    const cpu = await cpuUnderLoad(target.url, worker);
    console.log(
      `| ${label} | ${(load.requestsPerSecond / alongside.requestsPerSecond).toFixed(2)} (${pairs
        .map((ratio) => ratio.toFixed(2))
        .join(
          ", ",
        )}) | ${Math.round(load.requestsPerSecond)} | ${cpu.server.toFixed(3)} | ${cpu.client.toFixed(3)} | ${bytes} |`,
    );
  }
}

/** CPU ms per response of the workerd process and of this process, autocannon alone. */
async function cpuUnderLoad(
  url: string,
  worker: ServedWorker,
): Promise<{ server: number; client: number }> {
  const serverBefore = worker.cpuTimeMs();
  const clientBefore = process.cpuUsage();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    autocannon(
      { url, connections: settings.connections, duration: CPU_SECONDS },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
  });
  const client = process.cpuUsage(clientBefore);
  const responses = result.requests.total;
  return {
    server: (worker.cpuTimeMs() - serverBefore) / responses,
    client: (client.user + client.system) / 1000 / responses,
  };
}

/** Status line, headers and body as sent on the wire (HTTP/1.1, no Accept-Encoding). */
function responseBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        let bytes = 0;
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          bytes += `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`.length;
        }
        response.on("data", (chunk: Buffer) => {
          bytes += chunk.byteLength;
        });
        response.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}
