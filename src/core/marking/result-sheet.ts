/**
 * @module
 * A handed-in sheet as the results and their exports read it; storage/results-store.ts reads
 * these from D1, export/ writes them out (CSV, the class sheet).
 */

/** One submission with its marks, as the results and their exports need it. */
export interface ResultSheet {
  student: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  score: number;
  maxScore: number;
  marks: { questionId: string; given: string | boolean | null; correct: boolean }[];
}
