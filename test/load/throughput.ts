/**
 * @module
 * Load: `count` submissions, `concurrency` at a time, each a new sheet with its own key, as a
 * class handing in at once. Every one must be answered 201; the checks in run-load.ts then
 * count the stored rows.
 */
import { type Figures, type Outcome, pool, type Sheet, sendSheet, summarise } from "./client";

export interface ThroughputResult {
  figures: Figures;
  /** Students of the sheets answered 201. */
  acknowledged: string[];
  /** Requests not answered 201 (network errors included). */
  errors: number;
}

/**
 * Sends the sheets and measures.
 *
 * @example
 * const result = await throughput(url, sheets, 20);
 * result.figures.requestsPerSecond; // 85.2
 */
export async function throughput(
  url: string,
  sheets: readonly Sheet[],
  concurrency: number,
): Promise<ThroughputResult> {
  const outcomes: Outcome[] = [];
  const acknowledged: string[] = [];
  const started = performance.now();
  await pool(sheets, concurrency, async (sheet) => {
    const outcome = await sendSheet(url, sheet);
    outcomes.push(outcome);
    if (outcome.status === 201) acknowledged.push(sheet.student);
  });
  const figures = summarise(outcomes, (performance.now() - started) / 1000);
  return { figures, acknowledged, errors: outcomes.length - acknowledged.length };
}
