/**
 * @module
 * The gender a role is written in (`présidente` for a woman, `directeur` for a man, `ministre`
 * for either): a role offered for someone of the other gender gives itself away as wrong.
 */
import { ROLE_NOUNS } from "../lexicon/role-nouns";

/** Feminine endings of role nouns and the masculine ones they stand for. */
const ENDINGS: readonly [feminine: string, masculine: string][] = [
  ["trice", "teur"],
  ["drice", "deur"],
  ["euse", "eur"],
  ["ière", "ier"],
  ["enne", "en"],
  ["ffe", "f"],
  ["e", ""],
];

/**
 * `f` or `m` when the role's head noun has another form for the other gender; `undefined` for
 * a noun both share (`ministre`, `secrétaire`).
 *
 * @example
 * roleGender("présidente d'un groupement de femmes"); // "f"
 * roleGender("directeur général de la SBRG"); // "m"
 * roleGender("ministre des Mines"); // undefined
 */
export function roleGender(role: string): "m" | "f" | undefined {
  const head = /^(?:vice-)?(\p{L}+)/u.exec(role.trim().toLowerCase())?.[1] ?? "";
  if (!ROLE_NOUNS.has(head)) return undefined;
  const swap = (from: string, to: string) => `${head.slice(0, head.length - from.length)}${to}`;
  for (const [feminine, masculine] of ENDINGS) {
    if (head.endsWith(feminine) && ROLE_NOUNS.has(swap(feminine, masculine))) return "f";
  }
  for (const [feminine, masculine] of ENDINGS) {
    if (head.endsWith(masculine) && ROLE_NOUNS.has(swap(masculine, feminine))) return "m";
  }
  return undefined;
}
