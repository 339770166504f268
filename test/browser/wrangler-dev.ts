/**
 * @module
 * Global setup of the browser tests: applies the D1 migrations to a fresh temporary database,
 * starts `wrangler dev` with a random teacher token on ports the system picks (`--port 0`: no
 * race with other servers starting on this machine), reads its address from its "Ready on"
 * line, waits until it answers our token, and gives the tests its address. Teardown stops it
 * (its whole process group: wrangler and workerd) and deletes the database.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>`, where `wrangler dev` serves the app. */
    baseUrl: string;
    /** The TEACHER_TOKEN given to `wrangler dev`, to read answer keys. */
    teacherToken: string;
    /** The Chromium to drive (from vitest.browser.config.ts). */
    chromiumPath: string;
    /** The repository, where docs/screenshots/ and node_modules/ are. */
    root: string;
  }
}

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
const SEED_QUIZ_ID = "belgique-maroc-dsiti-2016";

export default async function setup(project: TestProject) {
  const root = project.config.root;
  const persistTo = mkdtempSync(join(tmpdir(), "ardoise-browser-"));
  const token = crypto.randomUUID();
  await wrangler(
    root,
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo],
    [],
  );
  const output: string[] = [];
  const dev = startWrangler(
    root,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      // Not the defaults (8787, 9229): another `wrangler dev` may be running on this machine.
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
    ],
    output,
  );
  let baseUrl: string;
  try {
    baseUrl = await waitUntilReady(dev, token, output);
  } catch (error) {
    await stop(dev);
    rmSync(persistTo, { recursive: true, force: true });
    throw error;
  }

  project.provide("baseUrl", baseUrl);
  project.provide("teacherToken", token);
  project.provide("root", root);

  return async () => {
    await stop(dev);
    rmSync(persistTo, { recursive: true, force: true });
  };
}

/** Wrangler from node_modules, run by the project's Node (system Node is too old for it). */
function startWrangler(root: string, args: string[], output: string[]): ChildProcess {
  const projectNode = join(root, "node_modules", ".bin", "node");
  const node = existsSync(projectNode) ? projectNode : process.execPath;
  const child = spawn(node, [join(root, "node_modules", ".bin", "wrangler"), ...args], {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" },
    // No stdin: wrangler asks nothing. Own process group: stop() ends workerd with it.
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const keep = (chunk: { toString(encoding?: string): string }) => {
    output.push(chunk.toString("utf8"));
    if (output.length > 500) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return child;
}

/** Runs a wrangler command to its end; throws with its output if it fails. */
function wrangler(root: string, args: string[], output: string[]): Promise<void> {
  const child = startWrangler(root, args, output);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`wrangler ${args.join(" ")} exited with ${code}:\n${output.join("")}`));
    });
  });
}

/**
 * The server's address, once it has printed it and answers the teacher route with our token:
 * proof that it is ours, and that the Worker and its database are up.
 */
async function waitUntilReady(dev: ChildProcess, token: string, output: string[]): Promise<string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (dev.exitCode !== null || dev.signalCode !== null) {
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
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev was not ready within ${READY_TIMEOUT_MS} ms:\n${output.join("")}`);
}

/** Stops wrangler dev and what it started (its process group), forcefully if it lingers. */
async function stop(dev: ChildProcess): Promise<void> {
  if (dev.pid === undefined || dev.exitCode !== null || dev.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => dev.on("exit", () => resolve()));
  signalGroup(dev.pid, "SIGTERM");
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), STOP_TIMEOUT_MS)),
  ]);
  if (timedOut) {
    signalGroup(dev.pid, "SIGKILL");
    await exited;
  }
  // workerd may outlive wrangler by a moment; the group is ours alone.
  signalGroup(dev.pid, "SIGKILL");
}

function signalGroup(pid: number, signal: string): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
