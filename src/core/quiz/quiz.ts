/**
 * @module
 * The quiz model shared by the generator, the marking rules and the web layer.
 */
import type { Article } from "../article/article";

/** The sentence of the article that justifies an answer, with offsets into the body text. */
export interface Evidence {
  text: string;
  /** Offset of the first character in `article.paragraphs.join("\n\n")`. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** What kind of thing an answer is; marking and distractors depend on it. */
export type AnswerKind =
  | "person"
  | "organisation"
  | "place"
  | "date"
  | "number"
  | "role"
  | "phrase";

export interface ChoiceOption {
  id: string;
  text: string;
}

interface QuestionBase {
  id: string;
  prompt: string;
  kind: AnswerKind;
  evidence: Evidence;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: "single_choice";
  /** 3 to 5 options, in an order that does not depend on which one is right. */
  options: ChoiceOption[];
  /** Id of the right option. */
  answer: string;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: "true_false";
  answer: boolean;
}

export interface ShortAnswerQuestion extends QuestionBase {
  type: "short_answer";
  /** Canonical answer, as shown to students after marking. */
  answer: string;
  /** Every form accepted as equivalent (full name, surname alone, acronym, expansion…). */
  accepted: string[];
  /**
   * Forms that must be marked wrong even when they look close to an accepted one:
   * the other entities of the same kind in the article.
   */
  rejected: string[];
  /** For `date` answers: the date as `YYYY-MM-DD` (year may be unknown: `--MM-DD`). */
  date?: string;
  /** For `number` answers: the value. */
  value?: number;
}

export type Question = SingleChoiceQuestion | TrueFalseQuestion | ShortAnswerQuestion;

export type QuestionType = Question["type"];

/** A generated quiz: the article and its questions, answer key included. */
export interface Quiz {
  id: string;
  title: string;
  language: "fr";
  article: Article;
  questions: Question[];
}
