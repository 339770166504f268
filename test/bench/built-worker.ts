/**
 * @module
 * A Worker as it would be deployed, served by workerd without `wrangler dev`: built with
 * `wrangler deploy --dry-run --outdir`, then run by the Miniflare that wrangler ships (its own
 * workerd binary), with the bindings its wrangler.toml declares (D1, rate limits, assets). No
 * proxy Worker, no file watcher; the inspector port is open so that cpu-profile.ts can read
 * the isolate's CPU time.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { runWrangler } from "../dev-server";
import { ROOT } from "./paths";

/** wrangler's own Miniflare (and so its workerd), not the one the vitest plugin installs. */
const fromWrangler = createRequire(join(ROOT, "node_modules", "wrangler", "package.json"));

/** The little of D1's API the harness uses (Node sees no Workers types). */
interface BenchD1 {
  prepare(sql: string): unknown;
  batch(statements: unknown[]): Promise<unknown>;
}

interface MiniflareInstance {
  ready: Promise<URL>;
  getInspectorURL(): Promise<URL>;
  getD1Database(binding: string, worker?: string): Promise<BenchD1>;
  dispose(): Promise<void>;
}

interface MiniflareModule {
  Miniflare: new (options: unknown) => MiniflareInstance;
  convertV4MiniflareOptions(options: unknown): unknown;
}

interface WranglerApi {
  unstable_getMiniflareWorkerOptions(config: string): { workerOptions: Record<string, unknown> };
  unstable_splitSqlQuery(sql: string): string[];
}

let wranglerApi: Promise<WranglerApi> | undefined;
function wrangler(): Promise<WranglerApi> {
  wranglerApi ??= import(
    pathToFileURL(join(ROOT, "node_modules", "wrangler", "wrangler-dist", "cli.js")).href
  ) as Promise<WranglerApi>;
  return wranglerApi;
}

/** What `wrangler deploy --dry-run` wrote: the entry module first, then the others. */
export interface BuiltWorker {
  config: string;
  outdir: string;
  modules: { type: "ESModule" | "Text" | "CompiledWasm" | "Data"; path: string }[];
  /** What wrangler printed (its "Total Upload" line among it). */
  output: string;
}

/**
 * Builds the Worker of `config` as `wrangler deploy` would (same bundler, aliases, minify).
 *
 * @example
 * const built = await buildWorker("wrangler.toml", makeTempDir("product-build"));
 */
export async function buildWorker(
  config: string,
  outdir: string,
  { minify }: { minify?: boolean } = {},
): Promise<BuiltWorker> {
  const { code, output } = await runWrangler(ROOT, [
    "deploy",
    "--dry-run",
    "--outdir",
    outdir,
    "--config",
    config,
    // Unminified, V8's profiles name our functions (keep_names only keeps `.name`).
    ...(minify === false ? ["--no-minify"] : []),
  ]);
  if (code !== 0) throw new Error(`wrangler deploy --dry-run failed (${code}):\n${output}`);
  const names = readdirSync(outdir).filter(
    (name) => !name.endsWith(".map") && name !== "README.md",
  );
  const entry =
    names.find((name) => name === "index.js") ?? names.find((name) => name.endsWith(".js"));
  if (!entry) throw new Error(`no .js module in ${outdir}: ${names.join(", ")}`);
  const modules = [entry, ...names.filter((name) => name !== entry)].map((name) => ({
    type: moduleType(name),
    path: join(outdir, name),
  }));
  return { config, outdir, modules, output };
}

function moduleType(name: string): BuiltWorker["modules"][number]["type"] {
  if (/\.m?js$/.test(name)) return "ESModule";
  if (name.endsWith(".wasm")) return "CompiledWasm";
  if (/\.(txt|html|sql|csv|md)$/.test(name)) return "Text";
  return "Data";
}

/** A built Worker being served. */
export interface ServedWorker {
  name: string;
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** The DevTools WebSocket of the Worker's isolate. */
  inspectorUrl: string;
  db: BenchD1 | undefined;
  /**
   * CPU time (ms) of its workerd process once it answered: start-up, compiling the bundle and
   * running its global scope (D1 migrations not yet applied).
   */
  startCpuMs: number;
  /**
   * CPU time (user + system, ms) the workerd process serving this Worker has used so far: the
   * entry Worker, the Worker itself, its assets layer and its D1, all threads.
   */
  cpuTimeMs(): number;
  stop(): Promise<void>;
}

export interface ServeOptions {
  name: string;
  /** Serve the `[assets]` of its wrangler.toml in front of the Worker (default: as configured). */
  assets?: boolean;
  vars?: Record<string, string>;
  /** Where D1 keeps its SQLite files (a temp dir of the caller's). */
  persistTo: string;
  /** Apply the migrations in this dir to the `DB` binding before serving. */
  migrations?: string;
}

/**
 * Serves a built Worker on a free port with workerd (Miniflare), bindings as its wrangler.toml
 * declares them; resolves once it answers.
 *
 * @example
 * const served = await serveBuiltWorker(built, { name: "product", persistTo: dir, migrations });
 * await fetch(new URL("/api/quizzes", served.url));
 * await served.stop();
 */
export async function serveBuiltWorker(
  built: BuiltWorker,
  options: ServeOptions,
): Promise<ServedWorker> {
  const { Miniflare, convertV4MiniflareOptions } = fromWrangler("miniflare") as MiniflareModule;
  const { workerOptions } = (await wrangler()).unstable_getMiniflareWorkerOptions(built.config);
  const worker: Record<string, unknown> = {
    ...workerOptions,
    name: options.name,
    modules: built.modules,
    modulesRoot: built.outdir,
    bindings: { ...(workerOptions.bindings as object | undefined), ...options.vars },
  };
  if (options.assets === false) delete worker.assets;
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      workers: [worker],
      host: "127.0.0.1",
      port: 0,
      inspectorPort: 0,
      d1Persist: join(options.persistTo, "d1"),
      log: undefined,
    }),
  );
  const pidsBefore = workerdChildren();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await miniflare.dispose();
  };
  try {
    const url = await miniflare.ready;
    const pid = [...workerdChildren()].find((candidate) => !pidsBefore.has(candidate));
    const startCpuMs = pid === undefined ? Number.NaN : processCpuMs(pid);
    const inspector = await miniflare.getInspectorURL();
    const d1 = workerOptions.d1Databases;
    const hasDb = d1 !== undefined && Object.keys(d1 as object).length > 0;
    const db = hasDb ? await miniflare.getD1Database("DB", options.name) : undefined;
    if (db && options.migrations) await applyMigrations(db, options.migrations);
    return {
      name: options.name,
      url: url.href,
      inspectorUrl: new URL(`/core:user:${options.name}`, inspector).href,
      db,
      startCpuMs,
      cpuTimeMs: () => (pid === undefined ? Number.NaN : processCpuMs(pid)),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The workerd processes this process started (Miniflare spawns one per instance). */
function workerdChildren(): Set<number> {
  const pids = new Set<number>();
  if (!existsSync("/proc")) return pids;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (comm === "workerd" && ppid === process.pid) pids.add(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

/** utime + stime of a process, ms (Linux /proc, clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 14 and 15 of stat(5), counted from the state (field 3) here.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Applies every `*.sql` of `dir`, in name order, each file in one batch. */
async function applyMigrations(db: BenchD1, dir: string): Promise<void> {
  const { unstable_splitSqlQuery } = await wrangler();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort()) {
    const statements = unstable_splitSqlQuery(readFileSync(join(dir, file), "utf8"));
    await db.batch(statements.map((sql) => db.prepare(sql)));
  }
}

/** The directory of a wrangler config (its `migrations/` lives there). */
export function configDir(config: string): string {
  return dirname(config);
}
