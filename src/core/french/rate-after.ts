/**
 * @module
 * Reads the rate written right after a figure (`15,8 dinars le kilogramme`, `40 mètres cubes par
 * heure`, `250 $ par jour`): without it the figure says something else (blind grading, round 66:
 * `40 mètres cubes` for a leak of 40 m³ an hour was a truncated key).
 */

/** The things and times a figure is given per. */
const PER =
  "kilo(?:gramme)?|kg|tonne|quintal|quintaux|livre|baril|boisseau|caisse|régime|litre|mètre cube|m3|m³|hectare|an|année|mois|jour|semaine|heure|minute|nuit|nuitée|habitant|personne|élève|tête|ménage|foyer|famille|passager|trajet|unité|pièce|sac|infraction|seconde|kilomètre carré|kilomètre|km²|km2";
/** What a yield or a speed is given per after `à` (`11 tonnes à l'hectare`, `au kilo`). */
const MEASURE_PER = "hectare|heure|kilo(?:gramme)?|tonne|litre|mètre carré|m2|m²";
/**
 * `le kilogramme`, `par heure`, `chaque mois`, `à l'hectare` (round 123: `11 tonnes` keyed for
 * a yield of 11 tonnes an hectare); not `l'an dernier`, `le mois prochain`, nor
 * `le jour de l'ouverture` (a `le …` followed by its complement names a time, not a rate).
 */
const RATE = new RegExp(
  String.raw`^\s*(?:(?<per>par|chaque)\s+|(?<determiner>le|la|l['’])\s*)(?<noun>${PER})s?(?![\p{L}\d])(?!\s+(?:derni|prochain|passée?|suivant|précédent)\p{L}*)|^\s*(?<determiner2>à\s+l['’]|à\s+la|au)\s*(?<noun2>${MEASURE_PER})(?![\p{L}\d])`,
  "u",
);
const COMPLEMENT = /^\s+(?:de|d['’]|du|des|même|où|qui|que)(?![\p{L}])/u;

/** A rate after a figure: as written, and as a question says it (`par kilogramme`). */
export interface Rate {
  /** As the article writes it, leading space excluded: `le kilogramme`. */
  written: string;
  /** The length of text it spans from the figure's end, leading space included. */
  length: number;
  /** As a question says it: `par kilogramme`. */
  per: string;
  /** The thing or time: `kilogramme`. */
  noun: string;
}

/**
 * The rate that opens `after` (the text right after a figure), if any.
 *
 * @example
 * rateAfter(" le kilogramme, contre 17,2 dinars")?.per; // "par kilogramme"
 * rateAfter(" l'an dernier"); // undefined
 */
export function rateAfter(after: string): Rate | undefined {
  const match = RATE.exec(after);
  const noun = match?.groups?.noun ?? match?.groups?.noun2;
  if (!match || !noun) return undefined;
  const determiner = match.groups?.determiner ?? match.groups?.determiner2;
  if (determiner && COMPLEMENT.test(after.slice(match[0].length))) return undefined;
  return {
    written: match[0].trim(),
    length: match[0].length,
    per: `par ${noun}`,
    noun,
  };
}
