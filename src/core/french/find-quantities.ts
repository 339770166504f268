/**
 * @module
 * Finds quantities with a unit (`deux jours`, `3,5 millions d'euros`, `120 habitants`, `15 %`).
 */
import { allMatches } from "../text/all-matches";
import { startAhead } from "../text/start-ahead";
import type { Quantity } from "./entities";
import { FUNCTION_WORDS } from "./function-words";
import {
  CURRENCY_ABBREVIATIONS,
  CURRENCY_NAMES,
  isCurrencyAbbreviationAnyCase,
  isMoneyUnit,
} from "./lexicon/currencies";
import { nounGender } from "./lexicon/noun-gender";
import { isPreposedAdjective } from "./lexicon/preposed-adjectives";
import { parseFrenchNumber } from "./parse-french-number";

/** Number words; `et` is not one of them, it only joins two (`vingt et un`). */
const NUMBER_WORDS =
  "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts|vingt|trente|quarante|cinquante|soixante|cents|cent|mille";
/** Digits (`40 000`, `3,5`) or number words (`quatre-vingts`, `vingt et un`). */
const NUMBER_WORD = String.raw`(?:${NUMBER_WORDS})(?![\p{L}])`;
const NUMBER = String.raw`(?:\d+(?:[\s  .'’]\d{3})*(?:,\d+)?(?![\p{L}\d])|${NUMBER_WORD}(?:[-\s](?:et[-\s])?${NUMBER_WORD})*)`;
/** Currency abbreviations, longest first so that `F CFA` wins over `CFA`. */
const ABBREVIATIONS = [...CURRENCY_ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\s/gu, "\\s"))
  .join("|");
const UNITS = `ans|années|mois|semaines|jours|heures|minutes|secondes|siècles|${CURRENCY_NAMES}|${ABBREVIATIONS}|%|pour cent|personnes|habitants|morts|victimes|blessés|élèves|étudiants|salariés|emplois|visiteurs|spectateurs|mètres cubes|mètres carrés|kilomètres carrés|km2|m2|m3|m³|m²|km²|km/h|km|kilomètres|mètres|m|kg|kilos|tonnes|litres|hectares|points|buts|médailles|voix|sièges|pays|villes|communes|fois|exemplaires|titres|matchs|étapes|degrés (?:Oechsle|Brix|Baumé|Celsius|Fahrenheit)|degrés|°C`;
/** Endings of participles and conjugated verbs, when the Lefff does not know the word as a noun. */
const VERB_FORM = /(?:é|ée|ait|aient)$/u;
const KNOWN_UNIT = new RegExp(String.raw`(?:^|[\s'’])(?:${UNITS})$`, "iu");
const SCALE = String.raw`(?:(?:millions?|milliards?|milliers?)\s+(?:d['’]|de\s+))?`;
/** `200 millions $`, `12 M$`, `45 €`: a currency sign, with its scale if any, is the unit. */
const CURRENCY = String.raw`(?:(?:millions?|milliards?)\s+|M\s?|Md\s?)?(?:\$|€)`;
const QUANTITY = new RegExp(
  String.raw`${startAhead([NUMBER_WORDS], { digit: true })}(?<![\p{L}\d,.])(?<number>${NUMBER})\s*(?<scale>(?:millions?|milliards?|mille)\s+)?(?<unit>${CURRENCY}|${SCALE}(?:${UNITS}|\p{Ll}{2,}[sx](?:-\p{Ll}{2,}[sx])?))(?![\p{L}\d/-])`,
  "giu",
);
const NOT_UNITS = new Set([
  // `installés en 2019 près du terrain`: an adverb or a preposition after a year is no unit.
  "près",
  "après",
  "dès",
  "depuis",
  "mais",
  "tandis",
  "désormais",
  "plus",
  "moins",
  "très",
  "sous",
  "sans",
  "dans",
  "vers",
  "alors",
  "puis",
  "jamais",
  "toujours",
  // `les 3 dernières années`: an adjective before the counted noun is not the unit.
  "dernières",
  "derniers",
  "premières",
  "premiers",
  "prochaines",
  "prochains",
  "autres",
  "mêmes",
  "seules",
  "seuls",
]);
const SCALES: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  // `850 mille dinars`: digits, then the word.
  mille: 1e3,
};

/**
 * Finds the quantities of a text that carry a unit; a bare number is not a quantity.
 *
 * @example
 * const [stay] = findQuantities("un séjour de deux jours");
 * stay?.value; // 2
 * stay?.unit; // "jours"
 */
/** Numbers in set phrases, read with the few characters before them. */
const IDIOM =
  /(?:(?<!\p{L})à\s+deux\s+pas|(?<!\p{L})(?:aux|des|les)\s+quatre\s+coins|(?<!\p{L})à\s+quatre\s+pattes|(?<!\p{L})en\s+deux\s+temps|(?<!\p{L})à\s+cent\s+lieues|(?<!\p{L})trente-six\s+chandelles)$/iu;

/**
 * `deux cent cinquante (250) francs CFA`, `huit (8) jours`, `trente-huit millions (38 millions)
 * d'euros`: wire style writes a figure in words, then in digits in parentheses, before the unit.
 */
const RESTATED = new RegExp(
  String.raw`${startAhead([NUMBER_WORDS], { digit: false })}(?<![\p{L}\d])(?<words>${NUMBER_WORD}(?:[-\s](?:et[-\s])?(?:${NUMBER_WORD}|millions?|milliards?))*)(?<scale>\s+(?:millions?|milliards?))?\s*\(\s*(?<digits>\d+(?:[\s  .]\d{3})*(?:,\d+)?)(?:\s*(?<digitScale>millions?|milliards?))?\s*\)\s*(?<unit>${CURRENCY}|(?:d['’]|de\s+)?(?:${UNITS}|\p{Ll}{2,}[sx]))(?![\p{L}/])`,
  "giu",
);

export function findQuantities(body: string): Quantity[] {
  const quantities: Quantity[] = [];
  const restated = findRestated(body);
  const insideRestated = (index: number) =>
    restated.some((quantity) => index >= quantity.start && index < quantity.end);
  for (const match of allMatches(body, QUANTITY)) {
    if (insideRestated(match.index)) continue;
    const number = match.groups?.number ?? "";
    // `un séjour`, `une semaine` count nothing; `un million d'Ivoiriens` does.
    const unitWritten = match.groups?.unit ?? "";
    if (/^(?:un|une)$/i.test(number) && !/^(?:million|milliard)\s/u.test(unitWritten)) continue;
    const base = /^(?:un|une)$/i.test(number) ? 1 : parseFrenchNumber(number);
    if (base === undefined) continue;
    const scale = match.groups?.scale?.trim().toLowerCase();
    let unit = (match.groups?.unit ?? "").trim();
    // `200 millions $`, `71,2 milliards FCFA` read like `200 millions d'euros`: the scale stays in the unit.
    const scaledCurrency =
      scale !== undefined && scale !== "mille" && /^(?:[$€]|F ?CFA)$/iu.test(unit);
    if (scaledCurrency) unit = `${match.groups?.scale?.trim()} ${unit}`;
    const value = scale && !scaledCurrency ? base * (SCALES[scale] ?? 1) : base;
    let text = match[0];
    // `quatre cents (400) camions` is read by findRestated; a number word is no unit.
    if (/^(?:cents?|vingts?|mille)$/u.test(unit)) continue;
    // `2 338 équivalents plein temps`: the unit is the whole phrase (round 69: options read
    // `2 338 équivalents`).
    const fullTime = /^\s+(?:plein temps|temps plein)(?!\p{L})/u.exec(
      body.slice(match.index + text.length),
    );
    if (fullTime && /^équivalents?$/u.test(unit)) {
      unit = `${unit}${fullTime[0]}`;
      text += fullTime[0];
    }
    // `320 demandeurs d'emploi`, `40 chefs d'entreprise`: a noun that names no one without its
    // complement keeps it (round 110: *Combien de demandeurs … ?*).
    const complement = COMPOUND_UNIT.exec(body.slice(match.index + text.length));
    if (complement && COMPOUND_HEAD.test(unit)) {
      unit = `${unit}${complement[0]}`;
      text += complement[0];
    }
    // `15 longs métrages`, `3 nouveaux bus`: an adjective before the noun is not what is counted.
    const noun = isPreposedAdjective(unit)
      ? /^\s+(\p{Ll}[\p{Ll}-]+)(?![\p{L}'’])/u.exec(body.slice(match.index + text.length))
      : null;
    // `45 000 jeunes palétuviers`: a plural the lexicon does not know is a noun all the same
    // after a preposed adjective (round 93: the options read `45 000 jeunes`).
    const plural =
      noun?.[1] !== undefined &&
      /^\p{Ll}{3,}[sx]$/u.test(noun[1]) &&
      !FUNCTION_WORDS.has(noun[1]) &&
      !/(?:ées?|és)$/u.test(noun[1]);
    if (noun?.[1] && (plural || nounGender(noun[1]) || nounGender(singular(noun[1])))) {
      unit = `${unit} ${noun[1]}`;
      text += noun[0];
    }
    const joined = joinedNoun(body, match.index + text.length, unit);
    if (joined) {
      unit = `${unit} et ${joined.noun}`;
      text += joined.text;
    }
    // `96 milliards de DA`: an abbreviation is written in capitals (`12 da` is no sum).
    const lastWords = unit.replace(/^(?:millions?|milliards?|milliers?)\s+(?:de\s+|d['’])/u, "");
    if (isCurrencyAbbreviationAnyCase(lastWords) && !isMoneyUnit(lastWords)) continue;
    // Any plural noun counts things (`18 stations`), but not a preposition (`2 aux biens`).
    if (FUNCTION_WORDS.has(unit.toLowerCase()) || NOT_UNITS.has(unit.toLowerCase())) continue;
    // `à deux pas du complexe`, `aux quatre coins du pays`: an idiom counts nothing.
    if (IDIOM.test(`${body.slice(Math.max(0, match.index - 6), match.index)}${text}`)) continue;
    // `40 000 000 apportés`: a participle or a verb after a number is not what it counts.
    const head = singular(unit.replace(/^.*[\s'’]/u, ""));
    if (!KNOWN_UNIT.test(unit) && !nounGender(head) && VERB_FORM.test(head)) continue;
    // `deux ans moins un jour`: a term that is not the figure it starts with (round 90).
    if (/^\s+moins\s+(?:un|une|\d+)\s/u.test(body.slice(match.index + text.length))) continue;
    quantities.push({ text, start: match.index, end: match.index + text.length, value, unit });
  }
  return withoutRestatements(
    body,
    [...restated, ...quantities].sort((a, b) => a.start - b.start),
  );
}

/** `sept millions de dollars (7 M$)`: the same figure again in parentheses is part of the first. */
function withoutRestatements(body: string, quantities: Quantity[]): Quantity[] {
  const kept: Quantity[] = [];
  for (const quantity of quantities) {
    const previous = kept.at(-1);
    const between = previous ? body.slice(previous.end, quantity.start) : "";
    const closing = /^\s*\)/u.exec(body.slice(quantity.end));
    if (previous && /^\s*\(\s*$/u.test(between) && closing && previous.value === quantity.value) {
      const end = quantity.end + closing[0].length;
      kept[kept.length - 1] = { ...previous, text: body.slice(previous.start, end), end };
      continue;
    }
    kept.push(quantity);
  }
  return kept;
}

/** The figures written in words and again in digits, read as one quantity over both. */
function findRestated(body: string): Quantity[] {
  const found: Quantity[] = [];
  // The pattern needs an opening parenthesis: most texts (a prompt, a short text) have none.
  if (!body.includes("(")) return found;
  for (const match of body.matchAll(RESTATED)) {
    const groups = match.groups ?? {};
    // `onze milliards quatre cents millions (11,4 milliards) de francs`: the digits and their
    // scale; `quarante-huit milliards (48 000 000 000) de francs`: the words before one scale.
    const digitScale = groups.digitScale;
    let words = groups.words ?? "";
    let wordScale = groups.scale?.trim();
    const trailing = /^(.*?)[-\s](millions?|milliards?)$/u.exec(words);
    if (!wordScale && trailing?.[1] && trailing[2]) {
      words = trailing[1];
      wordScale = trailing[2];
    }
    const wordsScaled = wordScale !== undefined && !/millions?|milliards?/u.test(words);
    const value = parseFrenchNumber(wordsScaled && !digitScale ? words : (groups.digits ?? ""));
    let unit = (groups.unit ?? "").trim();
    const scale = digitScale ?? (wordsScaled ? wordScale : undefined);
    // `trente-huit millions (38 millions) d'euros` reads as `38 millions d'euros`.
    if (scale && /^(?:d['’]|de\s)/u.test(unit)) unit = `${scale} ${unit}`;
    else if (scale || /^(?:d['’]|de\s)/u.test(unit)) continue;
    if (value === undefined || FUNCTION_WORDS.has(unit.toLowerCase())) continue;
    if (NOT_UNITS.has(unit.toLowerCase())) continue;
    const head = singular(unit.replace(/^.*[\s'’]/u, ""));
    if (!KNOWN_UNIT.test(unit) && !nounGender(head)) continue;
    const joined = joinedNoun(body, match.index + match[0].length, unit);
    const text = `${match[0]}${joined?.text ?? ""}`;
    found.push({
      text,
      start: match.index,
      end: match.index + text.length,
      value,
      unit: joined ? `${unit} et ${joined.noun}` : unit,
    });
  }
  return found;
}

/** Heads counted with their complement ({@link COMPOUND_UNIT}). */
const COMPOUND_HEAD =
  /^(?:demandeurs?|chefs?|hommes?|femmes?|agents?|points?|salles?|plans?|cours)$/u;
const COMPOUND_UNIT =
  /^\s+(?:d['’](?:emploi|asile|entreprise|affaires|établissement|eau)|de (?:famille|santé|classe|vente|ménage))(?![\p{L}'’-])/u;

/** `cinq gares et haltes`: a second bare noun joined by `et` is counted with the first. */
function joinedNoun(body: string, end: number, unit: string) {
  const joined = /^\s+et\s+(\p{Ll}[\p{Ll}-]+[sx])(?![\p{L}'’-])/u.exec(body.slice(end));
  const noun = joined?.[1];
  if (!joined || !noun || KNOWN_UNIT.test(unit) || !nounGender(singular(noun))) return undefined;
  return { text: joined[0], noun };
}

/** `participants` → `participant`, `chevaux` → `cheval`: the Lefff lists nouns in the singular. */
function singular(noun: string): string {
  if (/aux$/u.test(noun)) return noun.replace(/aux$/u, "al");
  return noun.replace(/[sx]$/u, "");
}
