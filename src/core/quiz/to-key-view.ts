/**
 * @module
 * What a teacher sees of a quiz: the student's view plus, per question, the answer key.
 */

import type { Evidence, Quiz } from "./quiz";
import {
  type StudentQuestion,
  type StudentQuiz,
  toStudentQuestion,
  toStudentView,
} from "./to-student-view";

/** A question with its answer key. */
export interface KeyQuestion extends StudentQuestion {
  /** The right option id (`single_choice`), truth value (`true_false`) or canonical answer. */
  answer: string | boolean;
  /** Only for `short_answer` questions: every form marked right. */
  accepted?: string[];
  /** The sentence of the article that justifies the answer. */
  evidence: Evidence;
}

/** A quiz with its answer key. */
export interface KeyQuiz extends Omit<StudentQuiz, "questions"> {
  questions: KeyQuestion[];
}

/**
 * The teacher's view of a quiz: the student's view plus answers, accepted forms and evidence.
 *
 * @example
 * const key = toKeyView(quiz);
 * key.questions[0]; // { id: "q1", type: "short_answer", prompt: "…", answer: "Jan Jambon",
 *                   //   accepted: ["Jan Jambon", "Jambon"], evidence: { text, start, end } }
 */
export function toKeyView(quiz: Quiz): KeyQuiz {
  return {
    ...toStudentView(quiz),
    questions: quiz.questions.map((question) => {
      const { text, start, end } = question.evidence;
      return {
        ...toStudentQuestion(question),
        answer: question.answer,
        ...(question.type === "short_answer" ? { accepted: [...question.accepted] } : {}),
        evidence: { text, start, end },
      };
    }),
  };
}
