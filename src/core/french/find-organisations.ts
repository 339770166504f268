/**
 * @module
 * Finds organisations: acronyms paired with their expansions (`Direction générale de la sûreté
 * nationale (DGSN)`), acronyms alone, and names headed by an organisation noun (`l'Office des
 * étrangers`).
 */
import { CAPITAL_AHEAD, startAhead } from "../text/start-ahead";
import type { Gender, Mention, Organisation } from "./entities";
import { FUNCTION_WORDS } from "./function-words";
import { AUXILIARY } from "./lexicon/auxiliaries";
import { isCommonWord } from "./lexicon/common-words";
import { nounGender } from "./lexicon/noun-gender";
import { ORGANISATION_NOUNS } from "./lexicon/organisation-nouns";
import { finiteVerb, participleOf } from "./lexicon/verb-form";

const ACRONYM_IN_PARENTHESES = /\(\s*(\p{Lu}[\p{Lu}\d&-]{1,9})\s*\)/gu;
const ACRONYM = new RegExp(
  String.raw`${CAPITAL_AHEAD}(?<![\p{L}\d-])\p{Lu}[\p{Lu}\d&]{1,9}(?![\p{L}\d-])`,
  "gu",
);
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
/** Abbreviations in capitals that name a thing, not an organisation (`ADN`, `CO2`, `PIB`). */
const NOT_ORGANISATIONS = new Set([
  "ADN",
  "ARN",
  "CO2",
  "H2O",
  "CH4",
  "NO2",
  "SO2",
  "PIB",
  "TVA",
  "OGM",
  "VIH",
  "IRM",
  "GPS",
  "SMS",
  "PDF",
  "USB",
  "CDI",
  "CDD",
  "SMIC",
  "HLM",
  // Kinds of body, not bodies: `La PME occupera 1 200 mètres carrés` (round 151: *Qui
  // occupera … ? → PME*, DEFECT for both graders).
  "PME",
  "PMI",
  "TPE",
  "ETI",
  "ONG",
  "SARL",
  "ASBL",
  "SDF",
  // School years (`un élève de CE2`) and degrees.
  "CP",
  "CE1",
  "CE2",
  "CM1",
  "CM2",
  "BTS",
  "BEP",
  "CAP",
  "DUT",
  "BAC",
]);
/** A Roman numeral: `XIV`, `XVI` after a name (`Louis XIV`) numbers it. */
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
/** The word right before an acronym. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** A determiner before a named organisation, capitalised when it opens a sentence. */
const NAMED_DETERMINER = "(?:[Ll]es?|[Ll]a|[Ll]['’]|[Dd]u|[Aa]ux?|[Dd]es)";
/**
 * A lowercase or capitalised word after the head (`spatiale`, `Pasteur`), not a link word; a
 * compound whole (`Police grand-ducale`: round 119 keyed *Police grand*).
 */
const NAMED_ADJECTIVE = String.raw`\s+(?!(?:de|des|du|et|pour)\s)(?:\p{Ll}+|\p{Lu}\p{Ll}+)(?:-\p{L}\p{Ll}+)*(?![\p{L}'’-])`;
/** Head nouns capitalised, as they start a name (`Conseil`, `Cour`). */
const ORGANISATION_HEADS = [...ORGANISATION_NOUNS.keys()]
  .filter((noun) => !noun.includes(" "))
  .map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1))
  .join("|");
/**
 * A link word before a complement; `et` joins words (`Jeunesse et des Sports`), not a second
 * named organisation (`le Conseil constitutionnel et le Conseil d'État`).
 */
const NAMED_LINK = String.raw`(?:de la|de l['’]|d['’])\s*|(?:de|des|du|pour)\s+|et\s+(?!${NAMED_DETERMINER}\s*(?:${ORGANISATION_HEADS})(?!\p{L}))(?:(?:de la|de l['’]|d['’])\s*|(?:de|des|du)\s+)?`;
/** A verb or a relative after a complement ends the name (`… de cassation a rejeté`). */
const NOT_NAME_WORDS = String.raw`(?:a|est|sont|va|vont|ont|qui|que)\s`;
/** An adverb a greedy match may take after the name (`… de football également`). */
const TRAILING_ADVERB = /^(?:\p{Ll}+ment|aujourd)$/u;
/**
 * The word of a complement, not an article (`le prêt par la Direction générale des antiquités |
 * d'une cinquantaine de pièces`: what is lent, not the name): a noun with maybe an adjective (`sûreté nationale`), or a proper
 * noun, which takes no adjective (`Jeunesse et des Sports estime`). `du` or `des` before a noun is no
 * adjective: taken as one, it ended the name (`Direction de la protection | du consommateur`,
 * `Association de curling | du Nord de l'Ontario`).
 * A proper noun keeps its elided part (`Côtes-d'Armor`).
 */
const COMPLEMENT = String.raw`(?!(?:une?|le|la|les|ces?|cette|son|sa|ses|leurs?)\s)(?:\p{Ll}[\p{L}-]*(?:\s+(?!${NOT_NAME_WORDS}|(?:des|du)\s+\p{L})\p{Ll}+(?![\p{L}'’-])(?<!é|ée|és|ées|ent|ait))?|\p{Lu}[\p{L}-]*(?:['’]\p{Lu}[\p{L}-]*)?)`;
/** `l'Office des étrangers`, `la Cour de cassation`: head noun, two adjectives, complements. */
const NAMED = new RegExp(
  // The lookahead passes at the first letters of NAMED_DETERMINER's words.
  String.raw`${startAhead(["les|Les|du|Du|aux|Aux"])}(?<![\p{L}])${NAMED_DETERMINER}\s*(?<name>\p{Lu}\p{Ll}+(?:${NAMED_ADJECTIVE}){0,2}(?:\s+(?:${NAMED_LINK})${COMPLEMENT}){0,3})`,
  "gu",
);

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

  for (const club of findClubs(body)) organisations.push(club);

  for (const match of body.matchAll(ACRONYM)) {
    const acronym = match[0];
    // A club's mark alone (`FC`) names no organisation.
    if (isInsideKnown(organisations, match.index) || CLUB_MARKS.has(acronym)) continue;
    if (NOT_ACRONYMS.has(acronym) || !/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
    if (NOT_ORGANISATIONS.has(acronym) || isNumeral(body, acronym, match.index)) continue;
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
    const { head } = headOf(name);
    if (!head || isInsideKnown(organisations, match.index)) continue;
    const start = match.index + match[0].indexOf(name);
    const mention = { text: name, start, end: start + name.length };
    // `Société d'économie mixte des transports (SEMITAN)`: an acronym that does not spell the
    // initials still names what stands right before it.
    const acronym = /^\s*\(\s*(\p{Lu}[\p{Lu}\d&-]{1,9})\s*\)/u.exec(body.slice(mention.end))?.[1];
    const bare = acronym ? byAcronym.get(acronym) : undefined;
    if (bare && bare.name === acronym) {
      Object.assign(bare, { name, head });
      bare.mentions.push(mention);
      continue;
    }
    // `l'Office` after `l'Office de la formation professionnelle …`: the head alone names it.
    const known = organisations.find(
      (o) =>
        o.name.toLowerCase() === name.toLowerCase() ||
        (!name.includes(" ") && o.name.startsWith(`${name} `)),
    );
    if (known) known.mentions.push(mention);
    else organisations.push({ name, head, mentions: [mention] });
  }

  for (const organisation of organisations) organisation.mentions.sort((a, b) => a.start - b.start);
  return organisations;
}

/** What a sports club's name says it is: Football Club, Association sportive… */
const CLUB_MARK = "FC|AC|SC|AFC|ASC|AS|US|RC|CS|JS|ES|OC|AJ|USM|JSK|ASEC|CR|MC";
const CLUB_MARKS = new Set(CLUB_MARK.split("|"));
const CLUB_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/** `Teungueth FC`, `ASC Jaraaf de Dakar`, `AS Vita Club`: a club's name and its mark. */
const CLUB = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<before>${CLUB_WORD}(?:\s${CLUB_WORD}){0,2})\s(?:FC|AC|SC|AFC)|(?:${CLUB_MARK})\s(?<after>${CLUB_WORD}(?:\s${CLUB_WORD}){0,2})(?:\s(?:de|d['’])\s?${CLUB_WORD})?)(?![\p{L}\d])`,
  "gu",
);

/**
 * A club's mark as a word, which every {@link CLUB} match holds: most articles name no club, and
 * this finds so at a fraction of the cost of {@link CLUB}, which tries every capital.
 */
const CLUB_MARK_WORD = new RegExp(
  String.raw`${startAhead([CLUB_MARK])}(?<![\p{L}])(?:${CLUB_MARK})(?![\p{L}\d])`,
  "u",
);

/**
 * Sports clubs, with the mentions of their bare name (`le Jaraaf` after `l'ASC Jaraaf de
 * Dakar`): *Quel club a remporté … ?*.
 */
function findClubs(body: string): Organisation[] {
  const clubs: Organisation[] = [];
  if (!CLUB_MARK_WORD.test(body)) return clubs;
  for (const match of body.matchAll(CLUB)) {
    // `Samedi Teungueth FC`: a common word opening the sentence is not the club's.
    const words = (match.groups?.before ?? match.groups?.after ?? "").trim().split(/\s+/u);
    while (match.groups?.before && words[0] && isCommonWord(words[0])) words.shift();
    const core = words.join(" ");
    if (!core) continue;
    const name = match.groups?.before ? match[0].slice(match[0].indexOf(core)) : match[0];
    const start = match.index + match[0].length - name.length;
    const known = clubs.find((club) => club.name === name);
    const mention = { text: name, start, end: start + name.length };
    if (known) {
      known.mentions.push(mention);
      continue;
    }
    const club: Organisation = {
      name,
      head: { noun: "club", gender: "m" },
      mentions: [mention],
    };
    for (const index of wholeWordsAt(body, core)) {
      const inside = (m: Mention) => m.start <= index && index < m.end;
      if (!inside(mention) && !clubs.some((c) => c.mentions.some(inside))) {
        club.mentions.push({ text: core, start: index, end: index + core.length });
      }
    }
    clubs.push(club);
  }
  return clubs;
}

/** Where `words` stand in `body` as whole words. */
function wholeWordsAt(body: string, words: string): number[] {
  const found: number[] = [];
  const letter = /\p{L}/u;
  for (let index = body.indexOf(words); index !== -1; index = body.indexOf(words, index + 1)) {
    const before = body[index - 1] ?? " ";
    const after = body[index + words.length] ?? " ";
    if (!letter.test(before) && !letter.test(after)) found.push(index);
  }
  return found;
}

/**
 * Reads back from `(ACRONYM)` the words whose initials spell it; a lower-case word the acronym
 * leaves out may close the name (`Comité national de gestion de la lutte (CNG)`).
 */
function expansionBefore(body: string, parenthesis: number, acronym: string): Mention | undefined {
  const before = body.slice(Math.max(0, parenthesis - 300), parenthesis);
  // `médecin-chef du district (MCD)`: each part of a compound may spell a letter too, unless
  // the name goes on before (`Musée des Beaux-Arts de Mons (BAM)`).
  for (const [split, word] of [
    [false, /[\p{L}][\p{L}-]*/gu],
    [true, /\p{L}+/gu],
  ] as const) {
    const words = [...before.matchAll(word)];
    const last = words.length - 1;
    const unspelled = /^\p{Ll}/u.test(wordAt(words, last)) ? last - 1 : undefined;
    for (const end of unspelled === undefined ? [last] : [last, unspelled]) {
      const found = spelledBefore(before, words, end, acronym);
      if (found && split && NAME_GOES_ON.test(before.slice(0, found.start))) continue;
      if (found) {
        const offset = parenthesis - before.length + found.start;
        return { text: found.text, start: offset, end: offset + found.text.length };
      }
    }
  }
  return undefined;
}

/** A capitalised word, and maybe a link word, right before an expansion: the name's start. */
const NAME_GOES_ON = /\p{Lu}[\p{L}-]*\s+(?:(?:de|des|du|de la|d['’]|l['’])\s*)?$/u;

function spelledBefore(
  before: string,
  words: RegExpExecArray[],
  last: number,
  acronym: string,
): { text: string; start: number } | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "").split("");
  let index = last;
  let start: number | undefined;
  for (let letter = letters.length - 1; letter >= 0; letter--) {
    while (index >= 0 && LINK_WORDS.has(wordAt(words, index).toLowerCase())) index--;
    const word = wordAt(words, index);
    // `étudiants` spells the E of AEEM: the initial is compared without its accent.
    const initial = word[0]?.toUpperCase().normalize("NFD").replace(/\p{M}/gu, "");
    if (index < 0 || initial !== letters[letter]) return undefined;
    start = words[index]?.index;
    index--;
  }
  if (start === undefined) return undefined;
  return { text: before.slice(start).replace(/[\s,]+$/, ""), start };
}

function wordAt(words: RegExpExecArray[], index: number): string {
  return words[index]?.[0] ?? "";
}

/**
 * The head noun of a name and its gender: two words first (`Haute Autorité`, `Conseil
 * régional`), then one, then one in the plural (`Ministères`).
 */
function headOf(name: string): { head?: { noun: string; gender: Gender } } {
  const words = name.toLowerCase().split(/\s+/);
  const first = words[0] ?? "";
  for (const noun of [words.slice(0, 2).join(" "), first, first.replace(/s$/, "")]) {
    const gender = ORGANISATION_NOUNS.get(noun);
    if (gender) return { head: { noun, gender } };
  }
  return {};
}

/**
 * Drops trailing link words and adverbs a greedy match may have taken (`Office des étrangers
 * de`, `Fédération française de football hier`).
 */
function trimComplement(name: string): string {
  let words = name.split(/\s+/);
  // `La Région contribuera …`: a verb after the name is the sentence's, not the name's.
  const trailing = (word: string) =>
    FUNCTION_WORDS.has(word.toLowerCase()) ||
    // `également`, but not `logement` nor `gouvernement`: nouns end in -ment too.
    (TRAILING_ADVERB.test(word) && !nounGender(word)) ||
    // `la Commission mixte se tiendra`: a clitic opens the sentence's verb.
    /^(?:se|ne|y|en|lui|leur)$/u.test(word) ||
    (/^\p{Ll}/u.test(word) && finiteVerb(word) !== undefined && !nounGender(word));
  // `L'Union européenne reste …`, `Le Centre conserve …`, `Le Centre avait annoncé …`: where an
  // adjective would stand, a verb the lexicon also knows as a noun (`le reste`, `une conserve`)
  // is still the sentence's, and so is a participle after an auxiliary.
  const verbAsAdjective = (index: number) => {
    const word = words[index] ?? "";
    const before = words[index - 1] ?? "";
    if (!/^\p{Ll}/u.test(word) || LINK_BEFORE_NOUN.test(before)) return false;
    if (finiteVerb(word) !== undefined) return true;
    return AUXILIARY.test(before) && participleOf(word) !== undefined;
  };
  while (words.length > 1 && (trailing(words.at(-1) ?? "") || verbAsAdjective(words.length - 1))) {
    words = words.slice(0, -1);
  }
  return words.join(" ");
}

/** Words after which a lower-case word is a noun of the name (`Bureau des mines`). */
const LINK_BEFORE_NOUN = /^(?:de|du|des|d['’].*|la|le|les|l['’].*|et|aux?)$/u;

/** `Louis XIV`, `chapitre XII`: a Roman numeral after a word that is not a determiner. */
function isNumeral(body: string, acronym: string, index: number): boolean {
  if (!ROMAN_NUMERAL.test(acronym)) return false;
  const before = WORD_BEFORE.exec(body.slice(Math.max(0, index - 30), index))?.[1];
  return before !== undefined && !FUNCTION_WORDS.has(before.toLowerCase());
}

function isInsideKnown(organisations: Organisation[], index: number): boolean {
  return organisations.some((o) => o.mentions.some((m) => m.start <= index + 4 && index < m.end));
}
