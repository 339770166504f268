/**
 * @module
 * `wrangler dev` for the browser, load and fault tests: in its own process group (stopping it
 * stops workerd too, and nothing else), on ports the system picks (`--port 0`: no race with
 * other servers starting on this machine), its address read from its "Ready on" line, ready
 * once it answers the teacher route with our token (proof that it is ours and that the Worker
 * and its database are up). For the fault test: a state directory that outlives the server,
 * SIGKILL of its whole process group mid-run, a restart on the same state, and reading the
 * local D1 with `wrangler d1 execute` once it is stopped.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;
const SEED_QUIZ_ID = "belgique-maroc-dsiti-2016";

export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Milliseconds from spawn to the first answer with our token. */
  startupMs: number;
  /** SIGKILL to wrangler and workerd at once: the server dies mid-request, as in a crash. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it lingers. */
  stop(): Promise<void>;
}

/**
 * Runs wrangler with the project's Node; resolves with its exit code and output.
 *
 * @example
 * const { code, output } = await runWrangler(root, ["deploy", "--dry-run", "--outdir", dir]);
 */
export function runWrangler(
  root: string,
  args: string[],
): Promise<{ code: number | null; output: string }> {
  const child = spawnWrangler(root, args);
  const output: string[] = [];
  collect(child, output);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output: output.join("") }));
  });
}

/**
 * Applies the migrations to the local D1 kept in `persistTo` (of the Worker `config` describes,
 * the repository's wrangler.toml when left out).
 *
 * @example
 * await migrate(root, persistTo);
 */
export async function migrate(root: string, persistTo: string, config?: string): Promise<void> {
  const args = ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo];
  const { code, output } = await runWrangler(root, config ? [...args, "--config", config] : args);
  if (code !== 0) throw new Error(`wrangler d1 migrations apply exited with ${code}:\n${output}`);
}

/**
 * Rows of `sql` run on the local D1 in `persistTo` (the server should be stopped).
 *
 * @example
 * await queryD1(root, persistTo, "SELECT COUNT(*) AS n FROM submissions"); // [{ n: 1200 }]
 */
export async function queryD1<Row>(root: string, persistTo: string, sql: string): Promise<Row[]> {
  const { code, output } = await runWrangler(root, [
    "d1",
    "execute",
    "DB",
    "--local",
    "--persist-to",
    persistTo,
    "--json",
    "--command",
    sql,
  ]);
  if (code !== 0) throw new Error(`wrangler d1 execute exited with ${code}:\n${output}`);
  const json = output.slice(output.indexOf("["));
  const [result] = JSON.parse(json) as { results: Row[] }[];
  return result?.results ?? [];
}

/**
 * Starts `wrangler dev` on a free port with `persistTo` as its state and `token` as
 * TEACHER_TOKEN; resolves once it answers the teacher route with that token.
 *
 * @example
 * const server = await startDevServer(root, persistTo, token);
 * await fetch(`${server.url}/api/quizzes`);
 * await server.stop();
 */
export async function startDevServer(
  root: string,
  persistTo: string,
  token: string,
): Promise<DevServer> {
  const started = performance.now();
  const child = spawnWrangler(root, [
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    "0",
    "--inspector-port",
    "0",
    "--persist-to",
    persistTo,
    "--var",
    `TEACHER_TOKEN:${token}`,
    "--show-interactive-dev-session=false",
    "--live-reload=false",
  ]);
  const output: string[] = [];
  collect(child, output);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async (signal: "SIGTERM" | "SIGKILL") => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child.pid, signal);
    const lingering = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), STOP_TIMEOUT_MS)),
    ]);
    if (lingering) signalGroup(child.pid, "SIGKILL");
    await exited;
    // workerd may outlive wrangler by a moment; the group is ours alone.
    signalGroup(child.pid, "SIGKILL");
  };
  let url: string;
  try {
    url = await waitUntilReady(child, token, output);
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return {
    url,
    startupMs: performance.now() - started,
    kill: () => stop("SIGKILL"),
    stop: () => stop("SIGTERM"),
  };
}

function spawnWrangler(root: string, args: string[]): ChildProcess {
  // The project's Node (package.json pins it; wrangler needs Node >= 22), else the running one.
  const projectNode = join(root, "node_modules", ".bin", "node");
  return spawn(
    existsSync(projectNode) ? projectNode : process.execPath,
    [join(root, "node_modules", "wrangler", "bin", "wrangler.js"), ...args],
    {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
      // Own process group: killing it kills workerd too, and nothing else.
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
}

function collect(child: ChildProcess, output: string[]): void {
  const keep = (chunk: { toString(encoding?: string): string }) => {
    output.push(chunk.toString("utf8"));
    if (output.length > 500) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
}

async function waitUntilReady(
  child: ChildProcess,
  token: string,
  output: string[],
): Promise<string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`wrangler dev stopped before it was ready:\n${output.join("")}`);
    }
    const address = /Ready on (http:\/\/[\w.:[\]-]+)/.exec(output.join(""))?.[1];
    if (address) {
      try {
        const response = await fetch(`${address}/api/quizzes/${SEED_QUIZ_ID}/key`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        if (response.ok) return address;
      } catch {
        // Listening, not serving yet.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`wrangler dev was not ready within ${READY_TIMEOUT_MS} ms:\n${output.join("")}`);
}

function signalGroup(pid: number, signal: string): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
