/**
 * @module
 * Marks a date answer by the day it names, however written (`3 décembre 2023`, `3 déc.`,
 * `03/12/2023`, `3/12`). The year may be left out unless the prompt asks for it.
 */
import { parseFrenchDate } from "../french/parse-french-date";
import type { ShortAnswerQuestion } from "../quiz/quiz";

/** A prompt that asks for the year: `En quelle année…`, `Quelle est l'année…`. */
const ASKS_YEAR = /(?<!\p{L})(?:quelle\s+ann[ée]e|quel\s+an|l['’]ann[ée]e)(?!\p{L})/iu;
/** A year alone, as answered to `En quelle année… ?`. */
const YEAR_ALONE = /^\s*(?:en\s+)?(\d{4})\s*\.?\s*$/iu;

/**
 * Whether `given` is the question's date; `undefined` when either date cannot be read (the text
 * decides then).
 *
 * @example
 * // date "2023-12-03", prompt "Quel jour … ?"
 * isDateRight(question, "3 déc."); // true
 * isDateRight(question, "4/12/2023"); // false
 * // prompt "En quelle année … ?": "3 décembre" is false, "2023" is true
 */
export function isDateRight(question: ShortAnswerQuestion, given: string): boolean | undefined {
  const expected = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(question.date ?? "");
  if (!expected) return undefined;
  const [, year, month, day] = expected;
  const asksYear = year !== undefined && ASKS_YEAR.test(question.prompt);
  const read = parseFrenchDate(given);
  if (!read) {
    const yearAlone = asksYear ? YEAR_ALONE.exec(given) : null;
    return yearAlone ? yearAlone[1] === year : undefined;
  }
  if (read.month !== Number(month) || read.day !== Number(day)) return false;
  if (read.year === undefined) return !asksYear;
  return year === undefined || read.year === Number(year);
}
