/**
 * @module
 * Finds organisations: acronyms paired with their expansions (`Direction générale de la sûreté
 * nationale (DGSN)`), acronyms alone, and names headed by an organisation noun (`l'Office des
 * étrangers`).
 */
import type { Gender, Mention, Organisation } from "./entities";
import { FUNCTION_WORDS } from "./function-words";
import { ORGANISATION_NOUNS } from "./lexicon/organisation-nouns";

const ACRONYM_IN_PARENTHESES = /\(\s*(\p{Lu}[\p{Lu}\d&-]{1,9})\s*\)/gu;
const ACRONYM = /(?<![\p{L}\d-])\p{Lu}[\p{Lu}\d&]{1,9}(?![\p{L}\d-])/gu;
/** Small words an expansion may contain that the acronym skips. */
const LINK_WORDS = new Set([
  "de",
  "des",
  "du",
  "d",
  "la",
  "le",
  "l",
  "les",
  "et",
  "à",
  "au",
  "aux",
  "pour",
  "en",
  "sur",
]);
const NOT_ACRONYMS = new Set([
  "DR",
  "II",
  "III",
  "IV",
  "VI",
  "VII",
  "VIII",
  "IX",
  "XI",
  "XII",
  "OK",
  "TV",
]);
/** `l'Office des étrangers`, `la Cour de cassation`: head noun, then its complement. */
const NAMED =
  /(?<![\p{L}])(?:le|la|les|l['’]|du|au|aux|des)\s*(?<name>(?<head>\p{Lu}\p{Ll}+)(?:\s+(?!(?:de|des|du|et|pour)\s)(?:\p{Ll}+|\p{Lu}\p{Ll}+)(?![\p{L}'’]))?(?:\s+(?:(?:de la|de l['’]|d['’])\s*|(?:de|des|du|pour|et)\s+)\p{L}[\p{L}-]*(?:\s+(?!(?:a|est|sont|va|vont|ont|qui|que)\s)\p{Ll}+(?<!é|ée|és|ées|ent|ait))?){0,3})/gu;

/**
 * Finds the organisations named in a text.
 *
 * @example
 * const [dgsn] = findOrganisations("la Direction générale de la sûreté nationale (DGSN)");
 * dgsn?.acronym; // "DGSN"
 * dgsn?.name; // "Direction générale de la sûreté nationale"
 */
export function findOrganisations(body: string): Organisation[] {
  const organisations: Organisation[] = [];
  const byAcronym = new Map<string, Organisation>();

  for (const match of body.matchAll(ACRONYM_IN_PARENTHESES)) {
    const acronym = match[1] ?? "";
    const expansion = expansionBefore(body, match.index, acronym);
    if (!expansion || byAcronym.has(acronym)) continue;
    const organisation: Organisation = {
      name: expansion.text,
      acronym,
      ...headOf(expansion.text),
      mentions: [expansion],
    };
    byAcronym.set(acronym, organisation);
    organisations.push(organisation);
  }

  for (const match of body.matchAll(ACRONYM)) {
    const acronym = match[0];
    if (NOT_ACRONYMS.has(acronym) || !/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
    const mention = { text: acronym, start: match.index, end: match.index + acronym.length };
    const known = byAcronym.get(acronym);
    if (known) {
      known.mentions.push(mention);
      continue;
    }
    const organisation: Organisation = { name: acronym, acronym, mentions: [mention] };
    byAcronym.set(acronym, organisation);
    organisations.push(organisation);
  }

  for (const match of body.matchAll(NAMED)) {
    const name = trimComplement(match.groups?.name ?? "");
    const head = match.groups?.head?.toLowerCase() ?? "";
    const gender = ORGANISATION_NOUNS.get(head) ?? ORGANISATION_NOUNS.get(head.replace(/s$/, ""));
    if (!gender || isInsideKnown(organisations, match.index)) continue;
    const start = match.index + match[0].indexOf(name);
    const mention = { text: name, start, end: start + name.length };
    // `Société d'économie mixte des transports (SEMITAN)`: an acronym that does not spell the
    // initials still names what stands right before it.
    const acronym = /^\s*\(\s*(\p{Lu}[\p{Lu}\d&-]{1,9})\s*\)/u.exec(body.slice(mention.end))?.[1];
    const bare = acronym ? byAcronym.get(acronym) : undefined;
    if (bare && bare.name === acronym) {
      Object.assign(bare, { name, head: { noun: head, gender } });
      bare.mentions.push(mention);
      continue;
    }
    const known = organisations.find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (known) known.mentions.push(mention);
    else organisations.push({ name, head: { noun: head, gender }, mentions: [mention] });
  }

  for (const organisation of organisations) organisation.mentions.sort((a, b) => a.start - b.start);
  return organisations;
}

/** Reads back from `(ACRONYM)` the words whose initials spell it. */
function expansionBefore(body: string, parenthesis: number, acronym: string): Mention | undefined {
  const before = body.slice(Math.max(0, parenthesis - 300), parenthesis);
  const words = [...before.matchAll(/[\p{L}][\p{L}-]*/gu)];
  const letters = acronym.replace(/[^\p{Lu}]/gu, "").split("");
  let index = words.length - 1;
  let start: number | undefined;
  for (let letter = letters.length - 1; letter >= 0; letter--) {
    while (index >= 0 && LINK_WORDS.has(wordAt(words, index).toLowerCase())) index--;
    const word = wordAt(words, index);
    if (index < 0 || word[0]?.toUpperCase() !== letters[letter]) return undefined;
    start = words[index]?.index;
    index--;
  }
  if (start === undefined) return undefined;
  const text = before.slice(start).replace(/[\s,]+$/, "");
  const offset = parenthesis - before.length + start;
  return { text, start: offset, end: offset + text.length };
}

function wordAt(words: RegExpExecArray[], index: number): string {
  return words[index]?.[0] ?? "";
}

function headOf(name: string): { head?: { noun: string; gender: Gender } } {
  const noun = name.split(/\s+/)[0]?.toLowerCase() ?? "";
  const gender = ORGANISATION_NOUNS.get(noun);
  return gender ? { head: { noun, gender } } : {};
}

/** Drops trailing link words a greedy match may have taken (`Office des étrangers de`). */
function trimComplement(name: string): string {
  let words = name.split(/\s+/);
  while (words.length > 1 && FUNCTION_WORDS.has((words.at(-1) ?? "").toLowerCase()))
    words = words.slice(0, -1);
  return words.join(" ");
}

function isInsideKnown(organisations: Organisation[], index: number): boolean {
  return organisations.some((o) => o.mentions.some((m) => m.start <= index + 4 && index < m.end));
}
