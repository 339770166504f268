/**
 * @module
 * Right-answer rates as French writes them: in the results chart, and in the teacher page's
 * tables (src/client/teacher), which import this module rather than the chart's.
 */

/**
 * A rate as French writes a percentage, rounded to a whole number: `83 %` (no-break space).
 *
 * @example
 * formatRate(0.8333); // "83 %"
 * formatRate(null); // "—"
 */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}\u00a0%`;
}
