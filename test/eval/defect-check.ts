/**
 * @module
 * The shape of one automatic defect check, and the text helpers the checks share.
 */
import type { Question } from "../../src/core/quiz/quiz";
import { rightAnswer } from "./right-answer";

/** One check: what it catches (for the report) and how it finds it. */
export interface QuestionCheck {
  description: string;
  /** One detail per defect found in `question`; none when the question passes. */
  find(question: Question, body: string): string[];
}

/** The blank of a gap-fill prompt. */
export const GAP = "……";

/** A word: letters and digits, inner apostrophes and hyphens kept (`aujourd'hui`, `Saint-Louis`). */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of `text`, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every option text of a choice question, or the right answer's canonical text otherwise. */
export function answerTexts(question: Question): string[] {
  if (question.type === "single_choice") return question.options.map((option) => option.text);
  const answer = rightAnswer(question);
  return answer ? [answer.canonical] : [];
}

/** Offsets of every case-sensitive occurrence of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** `text` without its quoted passages (« … », “ … ”, " … "): the words of others. */
export function outsideQuotes(text: string): string {
  return text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, " ");
}

/** Whether `word` stands in `text` as a whole word (case-insensitive). */
export function hasWholeWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A few characters either side of `index`, to show where a defect is. */
export function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 15), index + 20).trim();
}
