/**
 * @module
 * False statements: a short sentence of the article with a person, place or organisation swapped
 * for another of the same kind from the article.
 */
import type { ArticleAnalysis, Gender, Mention, Organisation, Place } from "../../french/entities";
import { startsWithVowelSound } from "../../french/grammar/starts-with-vowel-sound";
import { CITY_COUNTRIES } from "../../french/lexicon/cities";
import { COUNTRIES, COUNTRY_DEMONYMS } from "../../french/lexicon/countries";
import type { Sentence } from "../../french/split-sentences";
import type { Candidate } from "../candidate";

const MAX_STATEMENT = 170;
/** Sentences that lean on the one before cannot stand alone. */
const DEPENDENT_START =
  /^(?:Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Cela|Celui|Celle|Et|Mais|Or|Donc|Puis|Ainsi|Alors|En effet|De plus|Lui|Leur)\b/u;
/** An elided word before the name (`l'Institut`, `d'Aminata`): the stand-in must elide too. */
const ELIDED_BEFORE = /(?<!\p{L})(?:[lLdDjJnNsStTmM]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’]$/u;
/** A word that elides before a vowel (`de Paris`, `le Sénat`): the stand-in must not need it. */
const FULL_BEFORE = /(?<!\p{L})(?:[Ll][ea]|[Dd]e|[Qq]ue)\s+$/u;

/** Names of one kind, their mentions, and the gender of those whose gender is known. */
/** Words before a city that make it its government (`Pour Kinshasa,`, `Selon Rabat,`). */
const STANDS_FOR_GOVERNMENT =
  /(?:^|,\s*)(?:Pour|Selon|Côté|Quant à|Du côté de|Pour sa part,)\s*$|^$|(?<!\p{L})pressions? sur\s*$/u;

interface Group {
  /** `city` for cities: a capital may stand for its government. */
  kind?: string;
  names: string[];
  mentions: Mention[];
  genders: Map<string, Gender>;
}

/** A country named this often (its demonym too) is what the article is about. */
const TOPIC_MENTIONS = 3;

/**
 * The country the article is about: named most often, its demonym counted (`les exportations
 * tunisiennes`), at least {@link TOPIC_MENTIONS} times and more than any other.
 */
function topicPlace(analysis: ArticleAnalysis): Place | undefined {
  const scored = analysis.places
    .filter((place) => place.kind === "country")
    .map((place) => {
      const demonym = COUNTRY_DEMONYMS.get(place.name);
      const said = demonym
        ? (analysis.body.match(
            new RegExp(`(?<!\\p{L})${demonym}(?:ne|nes|e|es|s)?(?!\\p{L})`, "giu"),
          )?.length ?? 0)
        : 0;
      return { place, score: place.mentions.length + said };
    })
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < TOPIC_MENTIONS || first.score === second?.score) return undefined;
  return first.place;
}

/**
 * Proposes one true/false statement per short, self-contained sentence that names an entity.
 *
 * @example
 * askSwapTrueFalse(analysis)[0]?.prompt; // "Le ministre s'est rendu à Bruxelles." (false)
 */
export function askSwapTrueFalse(analysis: ArticleAnalysis): Candidate[] {
  const groups: Group[] = [
    // A person swaps only with a person of the same known gender (`Le maire, Nathalie X` reads
    // wrong); organisations not at all: an acronym in another's place garbles the sentence.
    toGroup(
      analysis.people
        .filter((p) => p.gender !== undefined)
        .map((p) => ({
          name: p.name,
          mentions: p.mentions.filter((m) => m.text === p.name),
          gender: p.gender,
        })),
    ),
    // A city for a region reads wrong (`en Bordeaux`): places swap within their kind, and only
    // the kinds the lexicon confirms (a place found after `à`/`en` may be a town or a region).
    ...(["country", "city"] as const).map((kind) => ({
      ...toGroup(analysis.places.filter((place) => place.kind === kind)),
      kind,
    })),
  ];
  // `… exporté par la Corée du Sud` in an article on Tunisia's exports: the place the article is
  // about, swapped out or in, makes a statement no reader could believe (blind grading).
  const topic = topicPlace(analysis);
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.text.length > MAX_STATEMENT || DEPENDENT_START.test(sentence.text)) continue;
    if (!/[.!]$/.test(sentence.text)) continue;
    // `« … sorte de Korhogo … », a-t-il ajouté`: a quotation with a word changed is a misquote,
    // and its speaker a pronoun the statement does not resolve.
    if (QUOTED.test(sentence.text) || FIRST_PERSON.test(sentence.text)) continue;
    const swap = findSwap(sentence, groups, analysis.organisations, topic);
    if (!swap) continue;
    // Only the swapped sentence: a sentence copied as it is and keyed true tests nothing but
    // recognition. True statements come from facts restated (`X est le maire de Y.`).
    const statement = `${sentence.text.slice(0, swap.mention.start - sentence.start)}${swap.other}${sentence.text.slice(swap.mention.end - sentence.start)}`;
    candidates.push({
      template: "swap-true-false",
      // `à Nantes !` → `à Nantes.`: the space before a French `!` goes with it.
      prompt: statement.replace(/\s*!$/u, "."),
      answer: { kind: "truth", value: false },
      sentence,
      reliability: 0.5,
      topic: `statement:${sentence.start}`,
      choice: false,
      concerns: swap.mention.text,
    });
  }
  return candidates;
}

function toGroup(entities: { name: string; mentions: Mention[]; gender?: Gender }[]): Group {
  return {
    names: entities.map((e) => e.name),
    mentions: entities.flatMap((e) => e.mentions),
    genders: new Map(entities.flatMap((e) => (e.gender ? [[e.name, e.gender] as const] : []))),
  };
}

/**
 * The first entity of the sentence that has a same-kind stand-in absent from the sentence,
 * which fits the words before it: same article for a country, same elision, same gender.
 */
function findSwap(
  sentence: Sentence,
  groups: Group[],
  organisations: Organisation[],
  topic?: { name: string },
) {
  for (const group of groups) {
    for (const mention of group.mentions) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue;
      if (group.kind && mention.text === topic?.name) continue;
      const before = sentence.text.slice(0, mention.start - sentence.start);
      // `la Société de transport de Sherbrooke`, `l'Université de Sherbrooke`: a place in a
      // name; swapped, it makes up an institution rather than a false fact.
      if (group.kind && (IN_A_NAME.test(before) || within(mention, organisations))) continue;
      // `Genève Aéroport`, `Paris Saint-Germain`: a place opening a name goes with the word after.
      const after = sentence.text.slice(mention.end - sentence.start);
      if (group.kind && /^\s\p{Lu}\p{Ll}/u.test(after)) continue;
      // `Pour Kinshasa, l'enjeu est …`: a city named as its government (blind grading: another
      // city of the same country makes the statement arguable).
      if (group.kind === "city" && STANDS_FOR_GOVERNMENT.test(before)) continue;
      // `les cantons de Fribourg et de Neuchâtel`: a canton, not a city, whatever the lexicon
      // says of the name (blind grading: `les cantons de Lausanne …` was absurd).
      if (group.kind === "city" && AFTER_AREA_NOUN.test(before)) continue;
      // `le lac de Neuchâtel`, `le port de Tripoli`: a place naming a lake, a port or a stadium;
      // swapped, it makes one up (blind grading: `le lac de Lausanne`, which is the Léman).
      if (group.kind && NAMED_FEATURE.test(before)) continue;
      // `Outre les compagnies libanaises, … de Tunisie, du Liban, d'Égypte`: swapped into a list,
      // a place may repeat one listed or clash with the words around it.
      if (group.kind && (IN_LIST_BEFORE.test(before) || IN_LIST_AFTER.test(after))) continue;
      const article = COUNTRIES.get(mention.text);
      const gender = group.genders.get(mention.text);
      const other = group.names.find(
        (name) =>
          name !== mention.text &&
          (!group.kind || name !== topic?.name) &&
          !sentence.text.includes(name) &&
          COUNTRIES.get(name) === article &&
          // `c'est à Montréal … son premier concert hors du Liban`: a city of another country
          // may contradict the rest of the sentence.
          (group.kind !== "city" || sameCountry(mention.text, name)) &&
          group.genders.get(name) === gender &&
          elisionFits(before, name),
      );
      if (other) return { mention, other };
    }
  }
  return undefined;
}

/** `le canton de`, `les provinces du Nord et de`: the place named is an area, not a city. */
const AFTER_AREA_NOUN =
  /(?<!\p{L})(?:cantons?|provinces?|régions?|wilayas?|départements?|gouvernorats?|préfectures?|districts?|comtés?|territoires?)\s+(?:de|du|d['’])\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|et)\s+(?:de|du|d['’])\s*)*$/u;
/** A lake, river, port or building named after the place that follows (`le lac de`). */
const NAMED_FEATURE =
  /(?<!\p{L})(?:lacs?|fleuves?|rivières?|baies?|golfes?|monts?|cols?|îles?|ports?|aéroports?|gares?|barrages?|vallées?|forêts?|parcs?|stades?|palais|musées?)\s+(?:de|du|d['’])\s*$/iu;
/** Whether two cities are of one country, as far as the lexicon knows. */
function sameCountry(city: string, other: string): boolean {
  const country = CITY_COUNTRIES.get(city);
  return country === undefined || CITY_COUNTRIES.get(other) === country;
}

/** Quotation marks: a quoted sentence is not reworded. */
const QUOTED = /[«»“”"]/u;
/** `On nous disait que …`: a sentence of a quotation running over several sentences. */
const FIRST_PERSON = /(?<!\p{L})(?:je|j['’]|nous|notre|nos|mon|ma|mes)(?!\p{L})/iu;
/** `… de Tunisie, du Liban, d'Égypte et …`: a name in a list, where a swap repeats or clashes. */
const IN_LIST_BEFORE = /,\s*(?:de|du|des|d['’])?\s*$/u;
const IN_LIST_AFTER = /^\s*(?:,|et\s)/u;
/** A capitalised noun, a few lower-case words, then `de`: the place ends an institution's name. */
const IN_A_NAME =
  /(?<![\p{L}])(?!(?:Le|La|Les|Un|Une|Des|Selon|Pour|Dans|Depuis|En|À|Au|Aux|Ce|Cette)\s)\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?:de|d['’])\s*$/u;

function within(mention: Mention, organisations: Organisation[]): boolean {
  return organisations.some((organisation) =>
    organisation.mentions.some((m) => m.start <= mention.start && m.end >= mention.end),
  );
}

/** `l'Inrae` → not `l'TBI`; `de Nantes` → not `de Orléans`. */
function elisionFits(before: string, name: string): boolean {
  if (ELIDED_BEFORE.test(before)) return startsWithVowelSound(name);
  if (FULL_BEFORE.test(before)) return !startsWithVowelSound(name);
  return true;
}
