/**
 * @module
 * Whether a word is a French common word (a noun of the Lefff, or a function word, adverb or
 * pronoun of `stopwords-fr`): capitalised at the start of a sentence, it does not start a name
 * (`Quant`, `Certaines`, `Outre`, `État`).
 */
import stopwords from "stopwords-fr/stopwords-fr.json";
import { FUNCTION_WORDS } from "../function-words";
import { nounGender } from "./noun-gender";

const STOPWORDS: ReadonlySet<string> = new Set(stopwords);

/**
 * Whether `word` is a French common word, whatever its case and accents on capitals
 * (`Etat` is `état`).
 *
 * @example
 * isCommonWord("Quant"); // true
 * isCommonWord("Etat"); // true
 * isCommonWord("Jambon"); // true — a noun too: callers decide for names of several words
 * isCommonWord("Naimi"); // false
 */
export function isCommonWord(word: string): boolean {
  if (isFunctionWord(word)) return true;
  const lower = word.toLowerCase().replace(/^(?:[cdjlmnst]|qu)['’]/u, "");
  if (nounGender(lower)) return true;
  // News sites often drop the accent of a capital: `Etat`, `Ecole`, `Elysee`.
  const accented = ACCENTED_CAPITALS.map((vowel) => vowel + lower.slice(1));
  return /^[aeiou]/u.test(lower) && accented.some((form) => nounGender(form) !== undefined);
}

/**
 * Whether `word` is a French function word, adverb or pronoun (`Quant`, `Certaines`, `Outre`).
 *
 * @example
 * isFunctionWord("Certaines"); // true
 * isFunctionWord("Rabat"); // false
 */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/^(?:[cdjlmnst]|qu)['’]/u, "");
  return FUNCTION_WORDS.has(lower) || STOPWORDS.has(lower);
}

const ACCENTED_CAPITALS = ["é", "è", "ê", "à", "â", "î", "ô", "û"];
