/**
 * @module
 * The assignment model: a quiz handed to a class, with a join code, an optional closing time,
 * and when students see the expected answers.
 */

/** Longest student name on an assignment sheet, after trimming. */
export const MAX_ASSIGNMENT_NAME_LENGTH = 80;

/** When students see the expected answers and evidence: at once, or once the assignment closes. */
export const FEEDBACK_MODES = ["immediate", "after-close"] as const;

export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** A quiz handed to a class. */
export interface Assignment {
  id: string;
  quizId: string;
  /** The class or session, as the teacher wrote it ("4e B, mardi"). */
  label: string;
  joinCode: string;
  feedback: FeedbackMode;
  /** ISO 8601, UTC; `null`: open until the teacher closes it. */
  closesAt: string | null;
  /** ISO 8601, UTC, when the teacher closed it early; `null` otherwise. */
  closedAt: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
}

/**
 * Whether the assignment takes no more sheets: closed early, or past its closing time.
 *
 * @example
 * isClosed({ ...assignment, closedAt: null, closesAt: "2020-01-01T00:00:00.000Z" }); // true
 */
export function isClosed(assignment: Assignment, now: Date = new Date()): boolean {
  if (assignment.closedAt !== null) return true;
  return assignment.closesAt !== null && Date.parse(assignment.closesAt) <= now.getTime();
}

/**
 * Whether students may see the expected answers and evidence now.
 *
 * @example
 * showsKey({ ...assignment, feedback: "after-close" }); // false while it is open
 */
export function showsKey(assignment: Assignment, now: Date = new Date()): boolean {
  return assignment.feedback === "immediate" || isClosed(assignment, now);
}

/** The address students open: `/j/<code>`. */
export function joinPath(joinCode: string): string {
  return `/j/${joinCode}`;
}
