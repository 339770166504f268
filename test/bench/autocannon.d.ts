/**
 * @module
 * autocannon ships no types: its programmatic API, as far as the benchmark and load tests use it.
 */

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
