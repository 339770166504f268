/**
 * @module
 * Turns a noun phrase with an indefinite determiner into a definite one, for questions that
 * refer back to it (`une délégation belge` → `la délégation belge`).
 */
import { startsWithVowelSound } from "./starts-with-vowel-sound";

/**
 * Makes a noun phrase definite.
 *
 * @example
 * toDefinite("une délégation belge"); // "la délégation belge"
 * toDefinite("un accord"); // "l'accord"
 * toDefinite("des élèves"); // "les élèves"
 * toDefinite("un héros"); // "le héros"
 */
export function toDefinite(phrase: string): string {
  const match = /^(?:d['’])?(un|une|des)\s+(.*)$/iu.exec(phrase.trim());
  if (!match) return phrase.replace(/^d['’]/, "").trim();
  const [, determiner = "", rest = ""] = match;
  const lower = determiner.toLowerCase();
  if (lower === "des") return `les ${rest}`;
  if (startsWithVowelSound(rest)) return `l'${rest}`;
  return `${lower === "une" ? "la" : "le"} ${rest}`;
}

/**
 * A noun phrase a question can stand on without the sentence before it: a demonstrative
 * becomes the definite article.
 *
 * @example
 * standingAlone("cette convention"); // "la convention"
 * standingAlone("ce projet"); // "le projet"
 * standingAlone("cet institut"); // "l'institut"
 */
export function standingAlone(phrase: string): string {
  const match = /^(ce|cet|cette)\s+(.*)$/u.exec(phrase);
  if (!match) return phrase;
  const [, demonstrative = "", rest = ""] = match;
  // `cet institut`: the elided article, as `cet` itself says.
  if (demonstrative === "cet") return `l'${rest}`;
  return `${demonstrative === "cette" ? "la" : "le"} ${rest}`;
}
