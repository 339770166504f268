/**
 * @module
 * A person named with a title or role: `le Premier ministre Charles Michel`, `M. Michel`,
 * `Charles Michel, Premier ministre`. The name decides; the words around it may only be a title
 * (the article's, see `person-titles.ts`) or a role (its role nouns, see `role-nouns.ts`), and
 * must not name anyone else.
 */
import { FUNCTION_WORDS } from "../french/function-words";
import { PERSON_TITLES } from "../french/lexicon/person-titles";
import { ROLE_NOUNS } from "../french/lexicon/role-nouns";
import { normaliseAnswer } from "./normalise-answer";
import { type Form, type FormMatch, isWithinTypos, matchForms } from "./text-forms";

/** Normalised as answers are (`M.` → `m`, `Maître` → `maitre`). */
const TITLES = new Set([...PERSON_TITLES].map(normaliseAnswer));
/** Each role noun as normalised words (`porte-parole` → `porte parole`), longest first. */
const ROLES = [...ROLE_NOUNS]
  .map((noun) => normaliseAnswer(noun).split(" "))
  .sort((a, b) => b.length - a.length);
const FOLDED_FUNCTION_WORDS = new Set([...FUNCTION_WORDS].map(normaliseAnswer));
/** What may stand before a role noun: `le`, `l'ancien`, `la vice-présidente`. */
const DETERMINERS = new Set(["le", "la", "l", "les"]);
const ROLE_PREFIXES = new Set([
  "vice",
  "ex",
  "ancien",
  "ancienne",
  "nouveau",
  "nouvel",
  "nouvelle",
  "futur",
  "future",
]);

/**
 * The accepted name that `given` (normalised) holds between a title or role and nothing else;
 * `undefined` when there is none, or when the words around it name another person.
 *
 * @example
 * const michel = [toForm("Charles Michel"), toForm("Michel")];
 * matchTitledName("premier ministre charle michel", michel, [toForm("Jan Jambon")]);
 * // { form: Charles Michel, typo: true }
 * matchTitledName("m jambon", michel, [toForm("Jambon")]); // undefined
 */
export function matchTitledName(
  given: string,
  accepted: Form[],
  rejected: Form[],
): FormMatch | undefined {
  const words = given.split(" ");
  const found = findName(words, accepted, rejected);
  if (!found) return undefined;
  const before = words.slice(0, found.start);
  const after = words.slice(found.end);
  if (before.length + after.length === 0) return undefined;
  if (!isTitleOrRole(before) || !(after.length === 0 || isRolePhrase(after))) return undefined;
  // `M. Michel et M. Jambon`, `Michel, ministre de Jambon`: not this person alone.
  if (namesAnyone(before, rejected) || namesAnyone(after, rejected)) return undefined;
  return found.match;
}

/**
 * The first run of `words` that is an accepted name, the full name before the surname alone:
 * in `le porte-parole de Charles Michel`, the name is `Charles Michel`, not `Michel` after a
 * role `porte-parole de Charles`.
 */
function findName(
  words: string[],
  accepted: Form[],
  rejected: Form[],
): { match: FormMatch; start: number; end: number } | undefined {
  const sizes = [...new Set(accepted.map((form) => form.words.length))].sort((a, b) => b - a);
  for (const size of sizes) {
    // Only names of that many words: `M. Michel` is not `Michel` with a letter too many.
    const names = accepted.filter((form) => form.words.length === size);
    for (let start = 0; start + size <= words.length; start++) {
      const window = words.slice(start, start + size).join(" ");
      // Most runs are nowhere near a name: skip the distances to every rejected form for them.
      if (!names.some((form) => isWithinTypos(window, form))) continue;
      const match = matchForms(window, names, rejected);
      if (match) return { match, start, end: start + size };
    }
  }
  return undefined;
}

/** Nothing, a title (`M.`), a role (`le Premier ministre`), or a title and a role. */
function isTitleOrRole(words: string[]): boolean {
  const rest = [...words];
  // `Monsieur le Premier ministre …`, `le Premier ministre M. …`.
  while (rest.length > 0 && TITLES.has(rest[0] ?? "")) rest.shift();
  while (rest.length > 0 && TITLES.has(rest.at(-1) ?? "")) rest.pop();
  if (rest.length === 0) return true;
  // `le porte-parole de Charles Michel` is someone else: a role right before a name ends on
  // its own words (`le ministre de l'Intérieur Jan Jambon`), not on a preposition.
  return isRolePhrase(rest) && !FOLDED_FUNCTION_WORDS.has(rest.at(-1) ?? "");
}

/** A role noun, with its determiner and prefixes, and its complement (`premier ministre belge`). */
function isRolePhrase(words: string[]): boolean {
  let index = DETERMINERS.has(words[0] ?? "") ? 1 : 0;
  while (ROLE_PREFIXES.has(words[index] ?? "")) index++;
  const from = index;
  return ROLES.some((role) => role.every((word, offset) => words[from + offset] === word));
}

/** Whether some run of `words` is one of `forms` (another person's name), typos allowed. */
function namesAnyone(words: string[], forms: Form[]): boolean {
  return forms.some((form) => {
    const size = form.words.length;
    for (let start = 0; start + size <= words.length; start++) {
      if (isWithinTypos(words.slice(start, start + size).join(" "), form)) return true;
    }
    return false;
  });
}
