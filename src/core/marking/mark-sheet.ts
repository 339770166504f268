/**
 * @module
 * Marks a whole answer sheet: every question of the quiz, answered or not. The JSON API and the
 * student page both call it, so a sheet gets the same marks whichever way it was handed in.
 */
import type { Evidence, Quiz } from "../quiz/quiz";
import { markAnswer } from "./mark-answer";

/** A student's answers by question id: an option id or short answer, or a truth value. */
export type AnswerSheet = Readonly<Record<string, string | boolean>>;

/** How one question was marked, with what the student needs to see why. */
export interface QuestionResult {
  questionId: string;
  correct: boolean;
  /** The answer as given; `null` when the question was left unanswered. */
  given: string | boolean | null;
  /** The right answer for display: the option's text, `Vrai` / `Faux`, or the canonical text. */
  expected: string;
  /** Only for a short answer marked right despite typos: the right spelling, shown beside it. */
  spelling?: string;
  /** The sentence of the article that justifies the answer. */
  evidence: Evidence;
}

/** A marked sheet: one result per question, in the quiz's order. */
export interface MarkedSheet {
  score: number;
  maxScore: number;
  results: QuestionResult[];
}

/**
 * Marks `answers` against every question of `quiz`. Answers to ids the quiz does not have are
 * ignored: callers reject them before (see `findAnswerErrors`).
 *
 * @example
 * const { score, maxScore, results } = markSheet(quiz, { q1: "b", q9: false });
 * // score 2, maxScore 10; results[1] is q2, unanswered: { correct: false, given: null, … }
 */
export function markSheet(quiz: Quiz, answers: AnswerSheet): MarkedSheet {
  // A Map, so that ids such as "constructor" never read the object's prototype.
  const given = new Map(Object.entries(answers));
  const results = quiz.questions.map((question): QuestionResult => {
    const answer = given.get(question.id);
    const { correct, expected, spelling } = markAnswer(question, answer);
    const { text, start, end } = question.evidence;
    return {
      questionId: question.id,
      correct,
      given: answer ?? null,
      expected,
      ...(spelling === undefined ? {} : { spelling }),
      evidence: { text, start, end },
    };
  });
  return {
    score: results.filter((result) => result.correct).length,
    maxScore: quiz.questions.length,
    results,
  };
}
