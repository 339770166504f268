/**
 * @module
 * The gender of French nouns, from the Lefff (via the `french-words-gender-lefff` package,
 * front-coded in `noun-genders.generated.ts`): `Quel programme`, `la voyage` never again.
 */
import type { Gender } from "../entities";
import { FEMININE_NOUNS, MASCULINE_NOUNS } from "./noun-genders.generated";

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
  for (const [list, gender] of [
    [MASCULINE_NOUNS, "m"],
    [FEMININE_NOUNS, "f"],
  ] as const) {
    let previous = "";
    for (const entry of list.split(",")) {
      const word = previous.slice(0, Number.parseInt(entry[0] ?? "0", 36)) + entry.slice(1);
      // A noun of both genders (`un/une élève`) keeps the first: masculine, the default.
      if (!map.has(word)) map.set(word, gender);
      previous = word;
    }
  }
  return map;
}
