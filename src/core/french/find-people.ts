/**
 * @module
 * Finds the people an article names, merges spellings of the same person, and reads their
 * roles from appositions (`le directeur de la DSITI, Mourad Naimi`; `Jan Jambon, ministre…`).
 */
import { CAPITAL_AHEAD } from "../text/start-ahead";
import { wordOffsets } from "../text/word-offsets";
import type { Gender, Mention, Person, PersonRole } from "./entities";
import { openingParticiple } from "./find-proper-names";
import { FUNCTION_WORDS } from "./function-words";
import { CITIES } from "./lexicon/cities";
import { isFunctionWord } from "./lexicon/common-words";
import { COUNTRIES } from "./lexicon/countries";
import { GIVEN_TO } from "./lexicon/given-to";
import { ORGANISATION_NOUNS } from "./lexicon/organisation-nouns";
import { PERSON_TITLES } from "./lexicon/person-titles";
import { ROLE_NOUNS } from "./lexicon/role-nouns";

/** A capitalised word of a name; `N'` opens West African names (`N'Guessan`, `N'Dri`). */
const NAME_WORD = String.raw`(?:N['’])?\p{Lu}[\p{Ll}’'-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?`;
const PARTICLE =
  "(?:de|du|des|van|von|der|den|da|di|del|della|dos|das|el|al|ben|bin|ibn|ter|ten|le|la)";
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, "u");
/**
 * Two to five capitalised words, with name particles between them: a name of three after a
 * capitalised article and a nationality (`Le Kényan Elias Kiprono Rotich`); a first name and
 * the initial a court report leaves of the surname (`Kevin D., 34 ans`).
 */
const NAME = new RegExp(
  String.raw`${CAPITAL_AHEAD}(?<![\p{L}-])${NAME_WORD}(?:(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){1,4}(?![\p{L}-])|\s+\p{Lu}\.(?=,))`,
  "gu",
);
const DETERMINER = String.raw`(?:(?<det>le|la|l['’]|du|au|de la|de l['’])\s*)`;
/** A determiner and a role ending the text (`le directeur de la DSITI`). */
const ROLE_AT_END = new RegExp(
  String.raw`(?<![\p{L}])${DETERMINER}(?<role>(?:vice-)?\p{L}[\p{L}\s'’()-]*)$`,
  "iu",
);
/** Marks that end the phrase before a name's comma. */
const STOPS = [",", ";", ":", "«", "»", '"'];
const TITLE_BEFORE = /(?:^|[\s(])(?<title>M\.|Mme|Mlle|Me|Maître|Dr|Pr)\s*$/u;
/** Titles that tell a gender; `Me`, `Dr`, `Pr` do not. */
const TITLE_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ["M.", "m"],
  ["Mme", "f"],
  ["Mlle", "f"],
]);
const PLACE_BEFORE =
  /(?:(?<!\p{L})(?:à|en|au|aux|vers|depuis)|(?:ville|banlieue|région|province|district|commune|wilaya|préfecture|département|canton|quartier|village|localité|cercle|territoire|gouvernorat) d(?:e|u|es)|près de|capitale,?)\s+$/u;
/** `la coopérative féminine Tazrart Siroua`: a name right after an organisation's noun. */
const ORGANISATION_BEFORE =
  /(?:société|entreprise|groupe|club|revue|magazine|journal|fonds|association|start-up|marque|cabinet|banque|agence|collectif|atelier|festival|réseau|plateforme|chaîne|label|éditions?|équipe|compagnie|laboratoire|hôpital|clinique|lycée|collège|école|université|institut|stade|église|cathédrale|mosquée|aéroport|gare|pont|rue|avenue|boulevard|place|quai|centre|complexe|théâtre|musée|palais|hôtel|résidence|cité|coopérative|groupement|fédération|syndicat)(?:\s+\p{Ll}+(?:ine|ale|ole|ique|aire))?\s+$/iu;
/**
 * `Française`, `Portugais`, `Italienne`, `Marocain`, `Louvaniste` (of Leuven): a nationality or a
 * town's people before a name (a key fact missed: *Louvaniste Lena Vanderstraeten* read as a name).
 */
const NATIONALITY =
  /^\p{Lu}\p{Ll}+(?:ais|aise|ien|ienne|ois|oise|ain|aine|and|ande|ol|ole|in|ine|en|enne|an|ane|ote|ique|iste)$/u;

/**
 * Whether a capitalised word reads as a nationality (`Kényan`, `Française`).
 *
 * @example
 * isNationality("Kényan"); // true
 * isNationality("Rotich"); // false
 */
export function isNationality(word: string): boolean {
  return NATIONALITY.test(word) || OTHER_NATIONALITIES.has(word);
}
/**
 * Nationalities no ending gives away (`le Burkinabè Hamidou Sawadogo`, `le Belge Thomas
 * Verlinden`: round 114, *Burkinabè Hamidou Sawadogo* keyed as a name).
 */
const OTHER_NATIONALITIES = new Set(
  "Belge Belges Suisse Suisses Burkinabè Burkinabé Burkinabès Malgache Malgaches Russe Russes Tchèque Slovaque Turc Turque Grec Grecque Basque Arabe Croate Serbe Slovène Bosniaque Kosovar Ouzbek Kazakh Afghan Afghane Comorien Comorienne Néo-Zélandais Sud-Africain Sud-Africaine".split(
    " ",
  ),
);
const PLACES = new Set<string>([...COUNTRIES.keys(), ...CITIES]);
/** The first word of an event's or a prize's name (`Tour du Faso`, `Coupe Davis`). */
const EVENT_FIRST_WORD =
  /^(?:Tour|Coupe|Rallye|Trophée|Festival|Salon|Marathon|Championnat|Prix|Grand Prix|Semi-marathon)\s/u;

/**
 * Finds the people named in a text.
 *
 * @example
 * const [person] = findPeople("Le directeur de la DSITI, Mourad Naimi, a parlé.");
 * person?.name; // "Mourad Naimi"
 * person?.roles[0]?.text; // "directeur de la DSITI"
 */
export function findPeople(body: string): Person[] {
  const byName = new Map<string, Person>();
  for (const match of body.matchAll(NAME)) {
    const mention = trimLeadingWords(body, {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
    if (!mention || !isPersonName(mention.text)) continue;
    // `le Burkina Faso`, `le Tour du Faso`: a country or an event, read word by word as a name.
    if (PLACES.has(mention.text) || EVENT_FIRST_WORD.test(mention.text)) continue;
    // `la société Rietveld Capital`, `le club Vélo Pontivy`, `l'hôpital Notre-Dame de
    // Petit-Goâve`: an organisation's or a building's name.
    if (ORGANISATION_BEFORE.test(body.slice(Math.max(0, mention.start - 40), mention.start)))
      continue;
    // `à Los Angeles`, `la ville de Buenos Aires`: a place, not a person; but `attribué à
    // Meryem Zniber` names who receives.
    const before = body.slice(Math.max(0, mention.start - 20), mention.start);
    // `a remis la médaille d'honneur à X`: what is given may stand between.
    const given = GIVEN_TO.test(body.slice(Math.max(0, mention.start - 60), mention.start));
    if (PLACE_BEFORE.test(before) && !given) continue;
    // `« La Dernière Corde »`: a short quoted title names a work, not a person.
    if (inShortQuote(body, mention)) continue;
    // `à L'Orient-Le Jour`: a name after an elided article is a newspaper's or a thing's.
    if (/(?:^|[\s(«“"])[Ll]['’]$/u.test(before)) continue;
    const person = byName.get(mention.text) ?? newPerson(mention.text);
    person.mentions.push(mention);
    const role = roleBefore(body, mention) ?? roleAfter(body, mention);
    if (role) addRole(person, role.role, role.gender);
    const title = TITLE_BEFORE.exec(body.slice(Math.max(0, mention.start - 8), mention.start));
    const titleGender = TITLE_GENDERS.get(title?.groups?.title ?? "");
    if (titleGender) person.gender ??= titleGender;
    byName.set(mention.text, person);
  }
  const people = mergeSpellings([...byName.values()]).filter(isLikelyPerson);
  attachSurnameMentions(body, people);
  return people;
}

function newPerson(name: string): Person {
  const words = name.split(/\s+/);
  return { name, aliases: [], surname: words.slice(1).join(" "), roles: [], mentions: [] };
}

/**
 * Drops what starts a capitalised run without being part of the name: a capitalised function
 * word (`Outre Jan Jambon`), a title (`Mme Diallo`), a nationality (`la Française Awa Diarra`),
 * a place before the name (`la députée de la Sarthe Claire Vasseur`), a participle opening the
 * sentence (`Baptisée Gephyromantis …`).
 */
function trimLeadingWords(body: string, mention: Mention): Mention | undefined {
  let { text, start } = mention;
  if (/(?:^|[.!?»"]\s+|\n)$/u.test(body.slice(Math.max(0, start - 3), start))) {
    const opening = openingParticiple(text);
    text = text.slice(opening);
    start += opening;
  }
  for (;;) {
    const first = /^(\S+)\s+/.exec(text);
    const word = first?.[1] ?? "";
    const before = body.slice(Math.max(0, start - 8), start);
    const rest = text.slice(first?.[0].length ?? 0);
    const dropped =
      isFunctionWord(word) ||
      PERSON_TITLES.has(word) ||
      (isNationality(word) &&
        /(?:^|\s)(?:la|le|l['’]|du|au|de)\s*$/iu.test(before) &&
        rest.includes(" ")) ||
      (/(?:^|\s)(?:de la|du|de l['’]|en)\s*$/u.test(before) && rest.split(/\s+/).length >= 2) ||
      // `le conseiller d'Etat Stéphane Rey-Mermet`: `État` closes the title, not a first name.
      (/^[ÉE]tat$/u.test(word) && /d['’]$/u.test(before) && rest.includes(" "));
    if (!first || !dropped) break;
    text = rest;
    start += first[0].length;
  }
  return text.includes(" ") ? { text, start, end: start + text.length } : undefined;
}

function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.every((word, index) => {
    const lower = word.toLowerCase();
    // `Nadège Le Floch`, `Anne Van Hove`: a capitalised particle inside a name is the name's.
    if (index > 0 && index < words.length - 1 && PARTICLE_WORD.test(lower)) return true;
    // `L'usine de Bécancour`: an elided article opens a noun phrase, not a name (`N'Dri` does).
    if (/^(?!N)\p{Lu}['’]/u.test(word)) return false;
    const singular = lower.replace(/s$/, "");
    return (
      !FUNCTION_WORDS.has(lower) &&
      !ORGANISATION_NOUNS.has(singular) &&
      !ROLE_NOUNS.has(lower) &&
      lower !== "premier" &&
      lower !== "première" &&
      !PLACES.has(word)
    );
  });
}

/** `en présence du préfet`, `aux côtés de la ministre`: the role after it is the person's own. */
const BESIDE =
  /(?<!\p{L})(?:en présence|aux côtés|sous la présidence)\s+(?=(?:du|de la|de l['’]|des|d['’])\s*\p{L})/giu;

/** `…, le directeur de la DSITI, Mourad Naimi` → `directeur de la DSITI`. */
function roleBefore(
  body: string,
  mention: Mention,
): { role: PersonRole; gender?: Gender } | undefined {
  const before = body.slice(Math.max(0, mention.start - 200), mention.start);
  if (!/,\s*$/.test(before)) return undefined;
  // `du palais du roi Guézo en présence du préfet du Zou, Sylvain X`: whom the person stands
  // beside is no part of the role (round 165 on dev: *Qui est le roi Guézo en présence du préfet
  // du Zou ?*).
  const stopped = afterLastStop(before.replace(/,\s*$/, ""));
  const beside = [...stopped.matchAll(BESIDE)].at(-1);
  const segment = beside ? stopped.slice((beside.index ?? 0) + beside[0].length) : stopped;
  // From every word start up to where the last match found starts, the pattern finds that same
  // match again: it is tried again only past it, and when it finds none, no later start will.
  let matchStart = -1;
  for (const start of wordStarts(segment)) {
    if (start <= matchStart) continue;
    const match = ROLE_AT_END.exec(segment.slice(start));
    if (!match) return undefined;
    matchStart = start + match.index;
    const text = match.groups?.role?.trim();
    if (!text || !startsWithRoleNoun(text)) continue;
    const roleStart = body.lastIndexOf(text, mention.start);
    return {
      role: { text, mention: { text, start: roleStart, end: roleStart + text.length } },
      ...genderOf(match.groups?.det),
    };
  }
  return undefined;
}

/** `Jan Jambon, vice-Premier ministre et ministre de…,` → the role, when it has no determiner. */
function roleAfter(
  body: string,
  mention: Mention,
): { role: PersonRole; gender?: Gender } | undefined {
  const match =
    /^,\s*((?:vice-)?\p{Ll}[^,.;:()«»"]*|(?:vice-)?Premier ministre[^,.;:()«»"]*)/u.exec(
      body.slice(mention.end, mention.end + 200),
    );
  const text = match?.[1]?.trim();
  if (!match || !text || !startsWithRoleNoun(text)) return undefined;
  const start = mention.end + match[0].indexOf(text);
  return { role: { text, mention: { text, start, end: start + text.length } } };
}

/** What follows the last stop mark: `[^,;:«»"]*$` without trying every start. */
function afterLastStop(text: string): string {
  return text.slice(Math.max(...STOPS.map((stop) => text.lastIndexOf(stop))) + 1);
}

function* wordStarts(segment: string): Generator<number> {
  for (const match of segment.matchAll(/(?<![\p{L}'’])\p{L}/gu)) yield match.index;
}

function startsWithRoleNoun(role: string): boolean {
  const lower = role.toLowerCase().replace(/^vice-/, "");
  const [first = "", second = ""] = lower.split(/\s+/);
  return ROLE_NOUNS.has(`${first} ${second}`) || ROLE_NOUNS.has(first);
}

function genderOf(determiner: string | undefined): { gender?: Gender } {
  const lower = determiner?.toLowerCase();
  if (lower === "le" || lower === "du" || lower === "au") return { gender: "m" };
  if (lower === "la" || lower === "de la") return { gender: "f" };
  return {};
}

/** `Directeur général de…` → `directeur général de…`; `Premier ministre` keeps its capital. */
function lowerRoleStart(role: PersonRole): PersonRole {
  const { text } = role;
  if (!/^\p{Lu}\p{Ll}/u.test(text) || /^Premi(?:er|ère)\b/u.test(text)) return role;
  return { ...role, text: (text[0]?.toLowerCase() ?? "") + text.slice(1) };
}

function addRole(person: Person, found: PersonRole, gender: Gender | undefined): void {
  const role = lowerRoleStart(found);
  if (!person.roles.some((known) => known.text.toLowerCase() === role.text.toLowerCase())) {
    person.roles.push(role);
  }
  if (gender) person.gender ??= gender;
}

/** `Jean Jambon` and `Jan Jambon`: same surname, first names one letter apart → one person. */
function mergeSpellings(people: Person[]): Person[] {
  const sorted = [...people].sort((a, b) => b.mentions.length - a.mentions.length);
  const merged: Person[] = [];
  for (const person of sorted) {
    const same = merged.find(
      (known) =>
        (known.surname === person.surname && firstNamesClose(known.name, person.name)) ||
        endsWithName(known.name, person.name) ||
        endsWithName(person.name, known.name),
    );
    if (!same) {
      merged.push(person);
      continue;
    }
    // `le professeur Ben Amor` after `Slim Ben Amor`: the full name is the person's name.
    if (endsWithName(person.name, same.name)) {
      same.aliases.push(same.name);
      same.name = person.name;
      same.surname = person.surname;
    } else same.aliases.push(person.name);
    same.mentions.push(...person.mentions);
    for (const role of person.roles) addRole(same, role, person.gender);
  }
  for (const person of merged) person.mentions.sort((a, b) => a.start - b.start);
  return merged.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** Words that open a surname of several words (`Ben Amor`, `El Ouazzani`, `Van Hove`). */
const SURNAME_PARTICLE =
  /^(?:Ben|Ould|El|Ait|Aït|Abou|Ibn|Bin|Al|Le|La|De|Du|Van|Von|Da|Di|Dos|Mac)\s/u;

/**
 * `Slim Ben Amor` ends with `Ben Amor`: a surname of several words said alone (it opens on a
 * particle; `Paul Martin` is no surname of `Martin Paul Martin`).
 */
function endsWithName(full: string, short: string): boolean {
  return SURNAME_PARTICLE.test(short) && full.length > short.length && full.endsWith(` ${short}`);
}

function firstNamesClose(a: string, b: string): boolean {
  const [x = "", y = ""] = [a.split(" ")[0] ?? "", b.split(" ")[0] ?? ""].map((w) =>
    w.toLowerCase(),
  );
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let differences = 0;
  for (let i = 0, j = 0; j < long.length; j++) {
    if (short[i] === long[j]) i++;
    else if (++differences > 1) return false;
    else if (short.length === long.length) i++;
  }
  return true;
}

/** A surname alone (`Michel a eu…`) is a mention of the only person who bears it. */
function attachSurnameMentions(body: string, people: Person[]): void {
  for (const person of people) {
    if (people.some((other) => other !== person && other.surname === person.surname)) continue;
    const { surname } = person;
    for (const start of wordOffsets(body, surname, { hyphens: true })) {
      const covered = person.mentions.some((m) => m.start <= start && start < m.end);
      if (!covered) person.mentions.push({ text: surname, start, end: start + surname.length });
    }
    person.mentions.sort((a, b) => a.start - b.start);
  }
}

/** First words of place names (`New York`, `Grand Prix`, `Saint Louis`), never of a person's. */
const PLACE_START =
  /^(?:New|San|Santa|Los|Las|Saint|Sainte|Port|Mont|Grand|Grande|Petit|Petite|Nouvelle|Nouveau|Haute|Haut|Bas|Basse|Cap|Lac|Île|Fort|Puerto|Rio|Costa|Sidi|Bab|Oued|Ras|Aïn|Djebel)$/u;

/**
 * Endings of abstract nouns (`Radiodiffusion`, `Communauté`), of works (`Brasserie des Collines`,
 * `Biscuiterie`) and of plurals (`Travaux de Sambreville`), which no first name has.
 */
const NOUN_ENDING = /(?:tion|sion|isme|ité|té|age|erie|aux)$/u;

/** A capitalised pair is a person unless it opens like a place or a thing (`New York`). */
function isLikelyPerson(person: Person): boolean {
  const first = person.name.split(/\s+/)[0] ?? "";
  // `Sidi Mohamed Ould Ebnou`: in Mauritania and Morocco `Sidi` also opens a person's name.
  if (first === "Sidi" && SIDI_PERSON.test(person.name)) return true;
  // `le Mont-Blanc Express`, `Grand-Bassam`: a compound opening like a place.
  const head = first.split("-")[0] ?? "";
  return (
    !PLACE_START.test(first) &&
    !PLACE_START.test(head) &&
    !NOUN_ENDING.test(first) &&
    !COMPANY_START.test(first)
  );
}

/** `Air Corsica`, `Radio Okapi`, `Télé Liban`: a carrier's or a station's name, no person's. */
const COMPANY_START = /^(?:Air|Radio|Télé|Groupe|Club)$/u;

/** A first name or `Ould` after `Sidi`: a person's name, not a place's (`Sidi Bouzid`). */
const SIDI_PERSON = /^Sidi\s.*(?:^|\s)(?:Ould|Mohamed|Mohammed|Ahmed|Ahmedou|Ali|Brahim)(?:\s|$)/u;

/** Whether a mention stands inside a short « … » (a title), not in a quoted sentence. */
function inShortQuote(body: string, mention: Mention): boolean {
  const open = body.lastIndexOf("«", mention.start);
  const close = body.indexOf("»", mention.end);
  if (open === -1 || close === -1 || close - open > 60) return false;
  return (
    !body.slice(open + 1, close).includes("«") && !body.slice(open, mention.start).includes("»")
  );
}
