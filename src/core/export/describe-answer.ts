/**
 * @module
 * A student's answer as a teacher reads it in results: option text, Vrai/Faux, or the text.
 */
import type { Question } from "../quiz/quiz";

/** The words a form may send for a true/false question, as marking reads them. */
const TRUTH_WORDS = new Map([
  ["true", true],
  ["vrai", true],
  ["false", false],
  ["faux", false],
]);

/**
 * What a given answer says, in the words a teacher expects: the option's text for a choice
 * (rather than its id), `Vrai` / `Faux` for a true/false question, the trimmed text otherwise.
 * An answer that fits nothing in the question is shown as sent, trimmed.
 *
 * @example
 * describeAnswer(choiceQuestion, " b "); // "Rabat"
 * describeAnswer(trueFalseQuestion, "faux"); // "Faux"
 * describeAnswer(shortQuestion, "  Jambon "); // "Jambon"
 */
export function describeAnswer(question: Question, given: string | boolean): string {
  const text = typeof given === "string" ? given.trim() : String(given);
  switch (question.type) {
    case "single_choice":
      return question.options.find((option) => option.id === text)?.text ?? text;
    case "true_false": {
      const value = typeof given === "boolean" ? given : TRUTH_WORDS.get(text.toLowerCase());
      if (value === undefined) return text;
      return value ? "Vrai" : "Faux";
    }
    case "short_answer":
      return text;
  }
}
