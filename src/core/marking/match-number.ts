/**
 * @module
 * Marks a number answer by its value and, when both sides give one, its unit: `14`,
 * `quatorze`, `14 km` are all `quatorze kilomètres`; `1,5 million` is `1 500 000`; `14 euros` is
 * not `14 km`.
 */
import { FUNCTION_WORDS } from "../french/function-words";
import { readFrenchNumber } from "../french/parse-french-number";
import type { ShortAnswerQuestion } from "../quiz/quiz";
import { editDistance } from "./edit-distance";
import { normaliseAnswer } from "./normalise-answer";
import { typoAllowance } from "./text-forms";

/** A number as read from an answer; `unit` in a canonical form, absent when none is written. */
interface Amount {
  value: number;
  unit?: string;
}

/** Symbols and abbreviations, to the singular unit they stand for (accents folded). */
const UNIT_NAMES: ReadonlyMap<string, string> = new Map([
  ["%", "pourcent"],
  ["pour cent", "pourcent"],
  ["€", "euro"],
  ["eur", "euro"],
  ["$", "dollar"],
  ["usd", "dollar"],
  ["£", "livre"],
  ["°", "degre"],
  ["°c", "degre"],
  ["km", "kilometre"],
  ["m", "metre"],
  ["cm", "centimetre"],
  ["mm", "millimetre"],
  ["kg", "kilogramme"],
  ["kilo", "kilogramme"],
  ["g", "gramme"],
  ["t", "tonne"],
  ["l", "litre"],
  ["h", "heure"],
  ["min", "minute"],
  ["ha", "hectare"],
  ["an", "annee"],
]);

/** The unit right after a number: a word (`km2` too), `pour cent` or a symbol; `de` skipped. */
const UNIT = /^\s*(?:de\s+|d['’]\s*)?(pour\s+cent|[a-z][a-z\d]*|%|€|\$|£|°\s*c?)/u;

/** Words after a number that are not its unit (`14 environ`, `2 au total`). */
const NOT_UNITS = new Set([
  ...[...FUNCTION_WORDS].map(normaliseAnswer),
  "environ",
  "seulement",
  "exactement",
  "pile",
  "precisement",
  "total",
]);

/**
 * Whether `given` is the question's number, `undefined` when it does not start with one (the
 * text decides then). A unit is checked only when both the answer and the key have one.
 *
 * @example
 * // answer "14 kilomètres", value 14
 * isNumberRight(question, "quatorze km"); // true
 * isNumberRight(question, "14 euros"); // false
 * isNumberRight(question, "kilomètres"); // undefined
 */
export function isNumberRight(question: ShortAnswerQuestion, given: string): boolean | undefined {
  const read = readAmount(given);
  if (read === undefined) return undefined;
  return expectedAmounts(question).some(
    (expected) => sameValue(read.value, expected.value) && sameUnit(read.unit, expected.unit),
  );
}

/**
 * What the key asks for. The analysis may keep a scale word in the unit (`2,5` `millions
 * d'euros`): then both `2,5 millions` (the amount) and a bare `2,5` (the key's value) are right.
 */
function expectedAmounts(question: ShortAnswerQuestion): Amount[] {
  const canonical = readAmount(question.answer);
  const amounts = canonical ? [canonical] : [];
  const { value } = question;
  if (value !== undefined && !(canonical && sameValue(canonical.value, value))) {
    const scale = /^[-+\d\s.,]+(\p{L}+)/u.exec(question.answer)?.[1];
    amounts.push(scale ? { value, unit: canonicalUnit(normaliseAnswer(scale)) } : { value });
  }
  return amounts;
}

function readAmount(text: string): Amount | undefined {
  const number = readFrenchNumber(text);
  if (!number) return undefined;
  const word = UNIT.exec(number.rest)?.[1]?.replace(/\s+/g, " ");
  if (word === undefined || NOT_UNITS.has(word)) return { value: number.value };
  return { value: number.value, unit: canonicalUnit(word) };
}

/** `kilomètres`, `km` and `kms` → `kilometre`; `%` → `pourcent`. */
function canonicalUnit(word: string): string {
  const singular = word.length > 2 ? word.replace(/[sx]$/, "") : word;
  return UNIT_NAMES.get(singular) ?? UNIT_NAMES.get(word) ?? singular;
}

/**
 * Equal but for floating-point rounding (`2,3 millions` is 2.3 × 10⁶, 2299999.9999999995): far
 * tighter than one unit in the largest amounts (726 449 079 758 is not 726 449 079 757, nor
 * 999 999 999 999 one thousand billion: the property test found 1e-12 let that one pass).
 */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-14 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A missing unit on either side is not checked; a misspelt one is let pass. */
function sameUnit(given: string | undefined, expected: string | undefined): boolean {
  if (given === undefined || expected === undefined) return true;
  return editDistance(given, expected) <= typoAllowance(expected.length);
}
