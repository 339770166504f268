/**
 * @module
 * Cold start of the product Worker on fresh `wrangler dev` servers (nothing else running):
 * - spawn → "Ready on" (wrangler's own start-up: config, esbuild bundle, workerd launch);
 * - "Ready on" → first response (the rest of the Worker's start-up, module evaluation included),
 *   probed with an unknown path, which the Worker answers 404 without touching any quiz;
 * - first vs. second `GET /api/quizzes/:id`: the first one in a new isolate parses the seed
 *   article and generates its quiz (quiz-catalog.ts, once per isolate); the difference is that
 *   in-isolate cost. wrangler's own per-request log line gives the time inside workerd too.
 */
import { median } from "./load";
import { makeTempDir, type RunningWorker, sleep, startWorker } from "./start-worker";

export interface ColdStartRun {
  spawnToReadyMs: number | null;
  readyToFirstResponseMs: number | null;
  spawnToFirstResponseMs: number | null;
  /** Client-side times of three `GET /api/quizzes/:id` in a row, milliseconds. */
  quizRequestsMs: number[];
  /** First minus second: what the first request of an isolate pays more (cold JIT, first use). */
  seedBuildMs: number;
  /** The same requests as wrangler logged them (time in the runtime), when it did. */
  workerLoggedMs: number[];
}

export interface ColdStartReport {
  runs: ColdStartRun[];
  median: {
    spawnToReadyMs: number | null;
    readyToFirstResponseMs: number | null;
    firstQuizMs: number;
    secondQuizMs: number;
    seedBuildMs: number;
  };
}

export async function measureColdStart(
  config: string,
  quizId: string,
  runs: number,
  log: (line: string) => void,
): Promise<ColdStartReport> {
  const results: ColdStartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const worker = await startWorker({
      name: `cold-start-${i + 1}`,
      config,
      persistTo: makeTempDir("cold"),
      logLevel: "info",
      vars: { TEACHER_TOKEN: randomToken() },
    });
    try {
      const run = await measureOne(worker, quizId);
      results.push(run);
      log(
        `  run ${i + 1}: ready ${fmt(run.spawnToReadyMs)}, ready→first response ${fmt(
          run.readyToFirstResponseMs,
        )}, quiz ${run.quizRequestsMs.map((ms) => fmt(ms)).join(" / ")}`,
      );
    } finally {
      await worker.stop();
    }
  }
  const first = (run: ColdStartRun) => run.quizRequestsMs[0] ?? Number.NaN;
  const second = (run: ColdStartRun) => run.quizRequestsMs[1] ?? Number.NaN;
  return {
    runs: results,
    median: {
      spawnToReadyMs: medianOrNull(results.map((run) => run.spawnToReadyMs)),
      readyToFirstResponseMs: medianOrNull(results.map((run) => run.readyToFirstResponseMs)),
      firstQuizMs: median(results.map(first)),
      secondQuizMs: median(results.map(second)),
      seedBuildMs: median(results.map((run) => run.seedBuildMs)),
    },
  };
}

async function measureOne(worker: RunningWorker, quizId: string): Promise<ColdStartRun> {
  const path = `/api/quizzes/${quizId}`;
  const quizRequestsMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const response = await fetch(`${worker.url}${path}`);
    await response.arrayBuffer();
    quizRequestsMs.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  }
  await sleep(300); // Let wrangler's request log lines arrive.
  const logged = worker.output
    .map((line) => new RegExp(`GET ${path} 200[^(]*\\((\\d+(?:\\.\\d+)?)ms\\)`).exec(line))
    .flatMap((match) => (match ? [Number(match[1])] : []));
  const { spawnedAt, readyAt, firstResponseAt } = worker;
  return {
    spawnToReadyMs: readyAt === undefined ? null : readyAt - spawnedAt,
    readyToFirstResponseMs:
      readyAt === undefined || firstResponseAt === undefined
        ? null
        : Math.max(0, firstResponseAt - readyAt),
    spawnToFirstResponseMs: firstResponseAt === undefined ? null : firstResponseAt - spawnedAt,
    quizRequestsMs,
    seedBuildMs: (quizRequestsMs[0] ?? 0) - (quizRequestsMs[1] ?? 0),
    workerLoggedMs: logged,
  };
}

export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : median(known);
}

function fmt(ms: number | null): string {
  return ms === null ? "n/a" : `${ms.toFixed(0)} ms`;
}
