/**
 * @module
 * A quiz under review: the quiz itself plus what the teacher's edits need and students never
 * see (the generator's other candidates, whether it is published, the next free question id).
 */
import type { Question, Quiz } from "../quiz/quiz";

/** A created quiz as the review keeps it. */
export interface QuizDraft {
  quiz: Quiz;
  /** The generator's next-ranked questions, best first, ids `a1`, `a2`…: the swap choices. */
  alternatives: Question[];
  /** Students see published quizzes only. */
  published: boolean;
  /** Number of the next question id (`q<n>`): ids are never reused within a quiz. */
  nextQuestionNumber: number;
}

const QUESTION_ID = /^q(\d+)$/;

/**
 * The first question number no question of the quiz has used: one past the highest `q<n>`.
 *
 * @example
 * firstFreeQuestionNumber(quizWithIds(["q1", "q2", "q7"])); // 8
 */
export function firstFreeQuestionNumber(quiz: Quiz): number {
  let highest = 0;
  for (const { id } of quiz.questions) {
    const number = Number(QUESTION_ID.exec(id)?.[1] ?? 0);
    if (number > highest) highest = number;
  }
  return highest + 1;
}

/**
 * A fresh question id for the draft, and the draft that has used it up.
 *
 * @example
 * const { id, draft: next } = takeQuestionId(draft); // id "q11", next.nextQuestionNumber 12
 */
export function takeQuestionId(draft: QuizDraft): { id: string; draft: QuizDraft } {
  const number = Math.max(draft.nextQuestionNumber, firstFreeQuestionNumber(draft.quiz));
  return { id: `q${number}`, draft: { ...draft, nextQuestionNumber: number + 1 } };
}
