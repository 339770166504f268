/**
 * @module
 * The gender of French nouns, from the Lefff (via the `french-words-gender-lefff` package,
 * front-coded in `noun-genders.generated.ts`): `Quel programme`, `la voyage` never again.
 */
import type { Gender } from "../entities";
import { NOUN_GENDERS } from "./noun-genders.generated";

let genders: Map<string, Gender> | undefined;

/**
 * The gender of a French noun (singular or plural as the Lefff lists it), or undefined when the
 * word is not a known noun. Case-insensitive; the list is decoded once per isolate, on first use.
 *
 * @example
 * nounGender("voyage"); // "m"
 * nounGender("Direction"); // "f"
 * nounGender("Jambonneau-Dupont"); // undefined
 */
export function nounGender(word: string): Gender | undefined {
  genders ??= decode();
  return genders.get(word.toLowerCase());
}

function decode(): Map<string, Gender> {
  const map = new Map<string, Gender>();
  let previous = "";
  // `3ndon,2cacia;`: the prefix shared with the previous word, the rest, the gender's mark.
  for (const [, shared, rest, mark] of NOUN_GENDERS.matchAll(/([0-9a-z])([^,;]*)([,;])/gu)) {
    const word = previous.slice(0, Number.parseInt(shared ?? "0", 36)) + rest;
    map.set(word, mark === ";" ? "f" : "m");
    previous = word;
  }
  return map;
}
