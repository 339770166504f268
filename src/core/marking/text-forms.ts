/**
 * @module
 * The written forms an answer is compared with, and the typo allowance between them: how close
 * a student's words must be to an accepted form to count as the same thing.
 */
import { editDistance } from "./edit-distance";
import { normaliseAnswer } from "./normalise-answer";
import { joinSpelledLetters } from "./spelled-letters";

/** A written form reduced for comparison, remembering which words allow no typo. */
export interface Form {
  /** As the key writes it: the right spelling, shown beside an answer accepted with typos. */
  written: string;
  text: string;
  words: string[];
  /** Acronyms (`DSITI`: one letter off is another organisation) and words with digits. */
  strictWords: Set<string>;
}

/** How an answer matched a form: the same once normalised, or within the typo allowance. */
export interface FormMatch {
  form: Form;
  typo: boolean;
}

/**
 * A form of the key ready for comparison.
 *
 * @example
 * toForm("la DSITI"); // { written: "la DSITI", text: "dsiti", words: ["dsiti"], strictWords: {"dsiti"} }
 */
export function toForm(written: string): Form {
  // A key may spell an acronym with dots too (`l'O.N.U.`).
  const joined = joinSpelledLetters(written);
  const text = normaliseAnswer(joined);
  const strictWords = new Set<string>();
  for (const word of joined.split(/[^\p{L}\p{N}]+/u)) {
    const isAcronym = /^[\p{Lu}\d]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    if (isAcronym || /\d/.test(word)) strictWords.add(normaliseAnswer(word));
  }
  return { written, text, words: text.split(" "), strictWords };
}

/**
 * Two accepted forms one after the other: `DSITI Direction des systèmes…` and the reverse.
 *
 * @example
 * joinForms(toForm("DSITI"), toForm("Direction …")).written; // "DSITI Direction …"
 */
export function joinForms(first: Form, second: Form): Form {
  return {
    written: `${first.written} ${second.written}`,
    text: `${first.text} ${second.text}`,
    words: [...first.words, ...second.words],
    strictWords: new Set([...first.strictWords, ...second.strictWords]),
  };
}

/**
 * The accepted form that `given` (normalised) stands for, when it is within the typo allowance
 * of one and strictly closer to the accepted forms than to every rejected one (the other people,
 * places, organisations of the article); `undefined` otherwise.
 *
 * @example
 * matchForms("mihcel", [toForm("Michel")], [toForm("Jambon")]); // { form: Michel, typo: true }
 * matchForms("jambon", [toForm("Michel")], [toForm("Jambon")]); // undefined
 */
export function matchForms(
  given: string,
  accepted: Form[],
  rejected: Form[],
): FormMatch | undefined {
  if (given === "") return undefined;
  // An accepted form as it is: right, unless it is a rejected form too (the same test as the
  // distances below, which are 0 exactly for equal texts, without computing any).
  const exact = accepted.find((form) => form.text === given);
  if (exact)
    return rejected.some((form) => form.text === given) ? undefined : { form: exact, typo: false };
  if (rejected.length > 0 && nearest(given, rejected) <= nearest(given, accepted)) return undefined;
  const close = accepted.find((form) => isWithinTypos(given, form));
  return close ? { form: close, typo: true } : undefined;
}

/**
 * Whether `given` (normalised) is `form` but for the typos a teacher lets pass.
 *
 * @example
 * isWithinTypos("charls michel", toForm("Charles Michel")); // true
 * isWithinTypos("dsti", toForm("DSITI")); // false: no typo in an acronym
 */
export function isWithinTypos(given: string, form: Form): boolean {
  if (given === form.text) return true;
  const words = given.split(" ");
  if (words.length === form.words.length) {
    return form.words.every((word, index) => {
      const allowance = form.strictWords.has(word) ? 0 : typoAllowance(word.length);
      return editDistance(words[index] ?? "", word) <= allowance;
    });
  }
  // Words split or glued differently (`dinformation`): compare the letters as a whole.
  const letters = form.words.join("");
  const allowance = form.strictWords.size > 0 ? 0 : typoAllowance(letters.length);
  return editDistance(words.join(""), letters) <= allowance;
}

/**
 * Typos a teacher lets pass in a word or answer of `length` letters.
 *
 * @example
 * typoAllowance(4); // 0
 * typoAllowance(6); // 1
 */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length <= 8 ? 1 : 2;
}

function nearest(given: string, forms: Form[]): number {
  return Math.min(...forms.map((form) => editDistance(given, form.text)));
}
