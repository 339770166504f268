/**
 * @module
 * What machine and runtimes the figures come from.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths";

export interface Machine {
  /** Output of `nproc`. */
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  v8: string;
  wrangler: string;
  /** `workerd --version` of the workerd wrangler runs, and its npm version. */
  workerd: string;
  esbuild: string;
  /** 1-minute load average when the run started: how busy the shared cores already were. */
  loadAverageAtStart: number;
}

export async function describeMachine(): Promise<Machine> {
  const cpuinfo = readText("/proc/cpuinfo");
  const meminfo = readText("/proc/meminfo");
  const memKiB = Number(/^MemTotal:\s+(\d+)\s+kB/m.exec(meminfo)?.[1] ?? Number.NaN);
  const workerdPackage = findWorkerdPackage();
  const workerdBinary = workerdPackage ? join(workerdPackage, "bin", "workerd") : undefined;
  const workerdVersion = workerdBinary ? (await capture(workerdBinary, ["--version"])).trim() : "";
  return {
    nproc: Number((await capture("nproc", [])).trim()),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "unknown",
    memoryGiB: Math.round((memKiB / 1024 / 1024) * 10) / 10,
    node: String(process.version),
    v8: String(process.versions.v8),
    wrangler: packageVersion(join(ROOT, "node_modules", "wrangler")),
    workerd: workerdPackage
      ? `${workerdVersion || "workerd"} (npm ${packageVersion(workerdPackage)})`
      : "unknown",
    esbuild: packageVersion(join(ROOT, "node_modules", "esbuild")),
    loadAverageAtStart: loadAverage(),
  };
}

/** 1-minute load average (/proc/loadavg). */
export function loadAverage(): number {
  return Number(readText("/proc/loadavg").split(" ")[0] ?? Number.NaN);
}

/** The workerd binary wrangler runs, or undefined. */
export function workerdBinary(): string | undefined {
  const dir = findWorkerdPackage();
  return dir ? join(dir, "bin", "workerd") : undefined;
}

/** The workerd package wrangler's miniflare resolves (nested installs first). */
function findWorkerdPackage(): string | undefined {
  const wrangler = join(ROOT, "node_modules", "wrangler");
  return [
    join(wrangler, "node_modules", "miniflare", "node_modules", "workerd"),
    join(wrangler, "node_modules", "workerd"),
    join(ROOT, "node_modules", "miniflare", "node_modules", "workerd"),
    join(ROOT, "node_modules", "workerd"),
  ].find((dir) => existsSync(join(dir, "package.json")));
}

function packageVersion(dir: string): string {
  try {
    return String(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version);
  } catch {
    return "unknown";
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function capture(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "ignore"] });
    child.stdout?.on("data", (chunk) => {
      output += chunk.toString("utf8");
    });
    child.on("error", () => resolve(""));
    child.on("exit", () => resolve(output));
  });
}
