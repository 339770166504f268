/**
 * @module
 * The few Node.js APIs (and the autocannon API) the benchmark scripts use, typed loosely. The
 * project type-checks against the Workers types only (no `@types/node`); these scripts run under
 * Node 24 through `tsx`. Declarations of the same module elsewhere (test/eval) merge with these.
 */

declare module "node:child_process" {
  export interface BenchReadable {
    on(event: "data", listener: (chunk: { toString(encoding?: string): string }) => void): unknown;
  }
  export interface ChildProcess {
    readonly pid?: number | undefined;
    readonly exitCode: number | null;
    readonly signalCode: string | null;
    readonly stdout: BenchReadable | null;
    readonly stderr: BenchReadable | null;
    on(event: "exit", listener: (code: number | null, signal: string | null) => void): unknown;
    on(event: "error", listener: (error: Error) => void): unknown;
    once(event: "exit", listener: (code: number | null, signal: string | null) => void): unknown;
  }
  export interface SpawnOptions {
    cwd?: string;
    env?: Record<string, string | undefined>;
    stdio?: readonly ("pipe" | "ignore" | "inherit")[];
    detached?: boolean;
  }
  export function spawn(
    command: string,
    args: readonly string[],
    options?: SpawnOptions,
  ): ChildProcess;
}

declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
  export function writeFileSync(path: string, data: string): void;
  export function existsSync(path: string): boolean;
  export function readdirSync(path: string): string[];
  export function mkdtempSync(prefix: string): string;
  export function mkdirSync(path: string, options: { recursive: true }): unknown;
  export function rmSync(path: string, options: { recursive: true; force: true }): void;
  export function statSync(path: string): { size: number; isFile(): boolean };
  export function cpSync(source: string, destination: string, options: { recursive: true }): void;
}

declare module "node:path" {
  export function resolve(...segments: string[]): string;
  export function join(...segments: string[]): string;
  export function dirname(path: string): string;
  export function relative(from: string, to: string): string;
}

declare module "node:os" {
  export function tmpdir(): string;
  export function totalmem(): number;
  export function availableParallelism(): number;
  export function loadavg(): number[];
}

declare module "node:net" {
  export interface BenchServer {
    listen(port: number, host: string, callback: () => void): unknown;
    address(): { port: number } | string | null;
    close(callback: () => void): unknown;
    on(event: "error", listener: (error: Error) => void): unknown;
  }
  export function createServer(): BenchServer;
}

declare module "node:url" {
  export function fileURLToPath(url: string | URL): string;
  export function pathToFileURL(path: string): { href: string };
}

declare module "node:zlib" {
  export function gzipSync(data: Uint8Array | string): Uint8Array;
}

/** autocannon 9's programmatic API, as far as the benchmark uses it. */
declare module "autocannon" {
  export interface AutocannonOptions {
    url: string;
    method?: "GET" | "POST";
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    timeout?: number;
  }
  export interface AutocannonResult {
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    /** Per-second samples of completed requests. */
    requests: { average: number; total: number; sent: number };
    /** Milliseconds, whole numbers (autocannon's histogram resolution). */
    latency: { p50: number; p99: number; average: number; max: number };
  }
  export interface AutocannonInstance {
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): unknown;
    stop(): void;
  }
  export default function autocannon(
    options: AutocannonOptions,
    callback: (error: Error | null, result: AutocannonResult) => void,
  ): AutocannonInstance;
}
