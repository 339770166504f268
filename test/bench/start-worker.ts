/**
 * @module
 * Starts Workers with `wrangler dev` (each on its own free port, with its own persistence dir),
 * waits until they answer, and stops them all — also on Ctrl-C or failure.
 *
 * Every wrangler runs in its own process group (`detached`), so that stopping it also stops the
 * workerd it spawned; `stopAll` and the exit hook kill those groups by id, nothing else.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./paths";

const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");

/** wrangler dev fetches `Request.cf` from the internet; offline, it warns on every start. */
const KNOWN_NOISE = [
  /Unable to fetch the `Request\.cf` object/,
  /getaddrinfo ENOTFOUND workers\.cloudflare\.com/,
  /^\s+at .*(node:dns|GetAddrInfoReqWrap)/,
];

/** Colour codes (esbuild colours its errors whatever NO_COLOR says). */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

export interface RunningWorker {
  name: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** When wrangler was spawned (`performance.now()`). */
  spawnedAt: number;
  /** When wrangler printed "Ready on" (only seen at log level info or lower), else undefined. */
  readyAt: number | undefined;
  /** When the first HTTP response (to the readiness probe) arrived. */
  firstResponseAt: number | undefined;
  /** The lines wrangler printed, noise left out. */
  output: string[];
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  /** wrangler config file; the repo's wrangler.toml when left out. */
  config?: string;
  /** Directory for local state (D1); made by the caller. */
  persistTo: string;
  vars?: Record<string, string>;
  logLevel?: "warn" | "info";
  /** Echo wrangler's (non-noise) output to stderr, prefixed with the name. */
  echo?: boolean;
}

const running = new Set<{ child: ChildProcess; stopped: boolean }>();
const tempDirs = new Set<string>();

/** A new temp dir that `cleanUp` removes. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ardoise-bench-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

/** Removes `path` in `cleanUp` too (wrangler's .wrangler/ next to a config it was given). */
export function removeOnCleanUp(path: string): void {
  tempDirs.add(path);
}

/** A TCP port that nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** Spawns `wrangler dev` on a free port; resolves once the Worker answers (see `launch`). */
export async function startWorker(
  options: StartOptions,
  timeoutMs = 90_000,
): Promise<RunningWorker> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const args = [
    WRANGLER,
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspectorPort),
    "--persist-to",
    options.persistTo,
    "--log-level",
    options.logLevel ?? "warn",
    "--show-interactive-dev-session=false",
  ];
  if (options.config) args.push("--config", options.config);
  for (const [name, value] of Object.entries(options.vars ?? {})) {
    args.push("--var", `${name}:${value}`);
  }
  return launch(options.name, process.execPath, args, port, options.echo ?? false, timeoutMs);
}

/**
 * Serves `moduleSource` (an ES module Worker) with workerd directly — no wrangler, no proxy, no
 * Miniflare wrapper — to show what the runtime alone does on this machine.
 */
export async function startRawWorkerd(
  name: string,
  workerdBinary: string,
  moduleSource: string,
  compatibilityDate: string,
): Promise<RunningWorker> {
  const port = await freePort();
  const dir = makeTempDir("workerd");
  writeFileSync(join(dir, "worker.js"), moduleSource);
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "${compatibilityDate}",
);
`,
  );
  return launch(name, workerdBinary, ["serve", join(dir, "config.capnp")], port, true, 30_000);
}

/**
 * Spawns a server in its own process group and resolves once it answers any HTTP request on
 * `port` (polled every 20 ms, at most `timeoutMs`).
 */
async function launch(
  name: string,
  command: string,
  args: string[],
  port: number,
  echo: boolean,
  timeoutMs: number,
): Promise<RunningWorker> {
  const spawnedAt = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const entry = { child, stopped: false };
  running.add(entry);

  const worker: RunningWorker = {
    name,
    url: `http://127.0.0.1:${port}`,
    spawnedAt,
    readyAt: undefined,
    firstResponseAt: undefined,
    output: [],
    stop: () => stopEntry(entry),
  };
  let exited: string | undefined;
  child.on("exit", (code, signal) => {
    exited = `${name} exited (${signal ?? code})`;
  });
  child.on("error", (error) => {
    exited = `could not run ${command} for ${name}: ${error.message}`;
  });
  const onData = (chunk: { toString(encoding?: string): string }) => {
    for (const line of chunk.toString("utf8").replace(ANSI_ESCAPE, "").split(/\r?\n/)) {
      if (line.trim() === "" || KNOWN_NOISE.some((noise) => noise.test(line))) continue;
      if (worker.readyAt === undefined && /Ready on http/.test(line)) {
        worker.readyAt = performance.now();
      }
      worker.output.push(line);
      if (echo) console.error(`  [${name}] ${line}`);
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);

  const deadline = spawnedAt + timeoutMs;
  while (performance.now() < deadline) {
    if (exited) {
      await worker.stop();
      throw new Error(`${exited}:\n${worker.output.slice(-30).join("\n")}`);
    }
    try {
      const response = await fetch(`${worker.url}/__bench/ready-probe`, {
        signal: AbortSignal.timeout(5_000),
      });
      worker.firstResponseAt = performance.now();
      await response.arrayBuffer();
      return worker;
    } catch {
      await sleep(20);
    }
  }
  await worker.stop();
  throw new Error(`${name} did not answer within ${timeoutMs / 1000} s`);
}

/** Stops one process group (wrangler and its workerd): SIGTERM, then SIGKILL. */
async function stopEntry(entry: { child: ChildProcess; stopped: boolean }): Promise<void> {
  if (entry.stopped) return;
  entry.stopped = true;
  const { child } = entry;
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    // The leader is gone; anything it left in its group (workerd) goes too.
    if (pid !== undefined) killGroup(pid, "SIGKILL");
    running.delete(entry);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(pid, "SIGTERM");
  const gone = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  // workerd may outlive wrangler by a moment: make sure the whole group is gone.
  killGroup(pid, "SIGKILL");
  if (!gone) await Promise.race([exited, sleep(2_000)]);
  running.delete(entry);
}

function killGroup(pid: number, signal: "SIGTERM" | "SIGKILL"): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every wrangler still running and removes the temp dirs. */
export async function cleanUp(): Promise<void> {
  await Promise.all([...running].map((entry) => stopEntry(entry)));
  removeTempDirs();
}

function removeTempDirs(): void {
  for (const dir of tempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort.
    }
    tempDirs.delete(dir);
  }
}

/** Last resort when the process exits without `cleanUp` (uncaught error): kill, synchronously. */
export function installExitHook(): void {
  process.on("exit", () => {
    for (const { child } of running) {
      if (child.pid !== undefined) killGroup(child.pid, "SIGKILL");
    }
    removeTempDirs();
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
