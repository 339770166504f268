/**
 * @module
 * The client side of the load tests: answer sheets as a student's browser sends them (with an
 * Idempotency-Key), a pool of concurrent senders, and the figures of a run.
 */

export const QUIZ_ID = "belgique-maroc-dsiti-2016";

/** One answer sheet, as the quiz page's script (src/client/quiz-page.tsx) sends it: a key per sheet, kept across retries. */
export interface Sheet {
  key: string;
  /** Unique per sheet: how the checks find it in D1. */
  student: string;
  body: string;
  /** Where it is posted; the shipped quiz's submissions route by default. */
  path?: string;
}

/** What one request got. */
export interface Outcome {
  status: number | "network-error";
  ms: number;
  body?: string;
}

interface KeyQuestion {
  id: string;
  type: "single_choice" | "true_false" | "short_answer";
  answer: string | boolean;
  options?: { id: string }[];
}

/**
 * A sheet maker for the shipped quiz: each sheet gets a mix of right and wrong answers, so that
 * marking does real work.
 *
 * @example
 * const makeSheet = await sheetMaker(url, token);
 * makeSheet("charge-1-17");
 */
export async function sheetMaker(url: string, token: string): Promise<(student: string) => Sheet> {
  const response = await fetch(`${url}/api/quizzes/${QUIZ_ID}/key`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`answer key: ${response.status}`);
  const { questions } = (await response.json()) as { questions: KeyQuestion[] };
  let count = 0;
  return (student) => {
    count++;
    const answers: Record<string, string | boolean> = {};
    questions.forEach((question, index) => {
      const right = (count + index) % 3 !== 0;
      if (question.type === "true_false")
        answers[question.id] = right ? question.answer : !question.answer;
      else if (question.type === "single_choice") {
        const wrong = question.options?.find((option) => option.id !== question.answer)?.id;
        answers[question.id] = right ? question.answer : (wrong ?? question.answer);
      } else answers[question.id] = right ? String(question.answer) : "Personne";
    });
    return { key: crypto.randomUUID(), student, body: JSON.stringify({ answers, student }) };
  };
}

/**
 * Sends a sheet once; never throws.
 *
 * @example
 * const outcome = await sendSheet(url, sheet); // { status: 201, ms: 12.3, body: "…" }
 */
export async function sendSheet(url: string, sheet: Sheet, timeoutMs = 30_000): Promise<Outcome> {
  const started = performance.now();
  try {
    const path = sheet.path ?? `/api/quizzes/${QUIZ_ID}/submissions`;
    const response = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": sheet.key },
      body: sheet.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    return { status: response.status, ms: performance.now() - started, body };
  } catch {
    return { status: "network-error", ms: performance.now() - started };
  }
}

/**
 * Runs `task` on every item, `concurrency` at a time (a worker per connection, each taking the
 * next item), until all are done or `shouldStop` says so; items not started are left out.
 *
 * @example
 * await pool(sheets, 20, async (sheet) => record(await sendSheet(url, sheet)));
 */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !shouldStop()) {
      const index = next++;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Figures of a run. */
export interface Figures {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Responses by status, network errors as "network-error". */
  statuses: Record<string, number>;
}

/**
 * req/s and latency percentiles (ms) of a run's outcomes.
 *
 * @example
 * summarise(outcomes, 12.5); // { requests: 1000, requestsPerSecond: 80, p99: 410, … }
 */
export function summarise(outcomes: readonly Outcome[], seconds: number): Figures {
  const sorted = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
  const at = (share: number) =>
    sorted.length === 0
      ? 0
      : (sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0);
  const statuses: Record<string, number> = {};
  for (const { status } of outcomes) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    requests: outcomes.length,
    seconds: round(seconds),
    requestsPerSecond: round(outcomes.length / seconds),
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? 0),
    statuses,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
