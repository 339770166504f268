/**
 * @module
 * The few Node.js APIs the browser tests' setup uses. The project type-checks against the
 * Workers types only (no `@types/node`); these tests run under Node, outside workerd.
 * Functions and interfaces only, so they merge with other declarations of the same modules.
 */

declare module "node:child_process" {
  export interface ChildOutput {
    on(event: "data", listener: (chunk: { toString(encoding?: string): string }) => void): unknown;
  }
  export interface ChildProcess {
    readonly pid?: number | undefined;
    readonly exitCode: number | null;
    readonly signalCode: string | null;
    readonly stdout: ChildOutput | null;
    readonly stderr: ChildOutput | null;
    on(event: "exit", listener: (code: number | null, signal: string | null) => void): this;
    on(event: "error", listener: (error: Error) => void): this;
  }
  export interface SpawnOptions {
    cwd?: string;
    env?: Record<string, string | undefined>;
    /** Its own process group, so that stopping it stops the processes it started too. */
    detached?: boolean;
    stdio?: ("ignore" | "pipe" | "inherit")[];
  }
  export function spawn(
    command: string,
    args: readonly string[],
    options?: SpawnOptions,
  ): ChildProcess;
}

declare module "node:fs" {
  export function existsSync(path: string): boolean;
  export function mkdtempSync(prefix: string): string;
  export function mkdirSync(path: string, options?: { recursive?: boolean }): string | undefined;
  export function readFileSync(path: string, encoding: "utf8"): string;
  export function rmSync(path: string, options?: { recursive?: boolean; force?: boolean }): void;
}

declare module "node:os" {
  export function tmpdir(): string;
}

declare module "node:path" {
  export function join(...segments: string[]): string;
}
