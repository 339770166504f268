/**
 * @module
 * What a student sees of a quiz: the article and the questions, nothing of the answer key.
 */
import type { ChoiceOption, Question, QuestionType, Quiz } from "./quiz";

/** A question as shown to a student: no answer, accepted forms, evidence or answer kind. */
export interface StudentQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  /** Only for `single_choice` questions. */
  options?: ChoiceOption[];
}

/** A quiz as shown to a student. */
export interface StudentQuiz {
  id: string;
  title: string;
  language: Quiz["language"];
  article: {
    title: string;
    byline?: string;
    caption?: string;
    published?: string;
    paragraphs: string[];
  };
  questions: StudentQuestion[];
}

/**
 * The student's view of a quiz. Built field by field, so nothing added to the quiz model later
 * reaches students unless it is added here.
 *
 * @example
 * const view = toStudentView(quiz);
 * view.questions[0]; // { id: "q1", type: "single_choice", prompt: "…", options: [...] }
 */
export function toStudentView(quiz: Quiz): StudentQuiz {
  const { title, byline, caption, published, paragraphs } = quiz.article;
  return {
    id: quiz.id,
    title: quiz.title,
    language: quiz.language,
    article: { title, byline, caption, published, paragraphs },
    questions: quiz.questions.map(toStudentQuestion),
  };
}

/**
 * One question as a student sees it.
 *
 * @example
 * toStudentQuestion(trueFalseQuestion); // { id: "q4", type: "true_false", prompt: "…" }
 */
export function toStudentQuestion(question: Question): StudentQuestion {
  const { id, type, prompt } = question;
  if (question.type === "single_choice") {
    return { id, type, prompt, options: question.options.map(({ id, text }) => ({ id, text })) };
  }
  return { id, type, prompt };
}
