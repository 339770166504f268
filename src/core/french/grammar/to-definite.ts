/**
 * @module
 * Turns a noun phrase with an indefinite determiner into a definite one, for questions that
 * refer back to it (`une délégation belge` → `la délégation belge`).
 */
import { startsWithVowelSound } from "./starts-with-vowel-sound";

/** A noun of quantity before `de`: `partie de`, `moitié des`, `centaine d'`. */
const SHARE =
  /^(?:partie|part|moitié|tiers|quart|majorité|minorité|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|série|poignée|foule)\s+(?:de|des|du|d['’])/u;

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
  // `une partie de la récolte`, `une centaine d'hommes`: a share of something, not a thing the
  // article introduced; made definite (`la partie de …`) it reads wrong.
  if (SHARE.test(match[2] ?? "")) return phrase.trim();
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
 * standingAlone("ces litiges"); // "les litiges"
 */
export function standingAlone(phrase: string): string {
  const match = /^(ce|cet|cette|ces)\s+(.*)$/u.exec(phrase);
  if (!match) return phrase;
  const [, demonstrative = "", rest = ""] = match;
  if (demonstrative === "ces") return `les ${rest}`;
  // `cet institut`: the elided article, as `cet` itself says.
  if (demonstrative === "cet") return `l'${rest}`;
  return `${demonstrative === "cette" ? "la" : "le"} ${rest}`;
}
