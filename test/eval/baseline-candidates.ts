/**
 * @module
 * The baseline named in the issue: every capitalised span, date expression and number of a
 * paragraph is an answer candidate. What a generator must beat to be worth its templates.
 */
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";

/** One candidate: its canonical text first, then other forms that count as the same answer. */
export type CandidateForms = string[];

// JavaScript's \b only knows ASCII letters, so word edges are written with \p{L} look-arounds.
const TOKEN = /[dlDLjJnNsScCqQ]u?['’](?=\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Lowercase words allowed inside a capitalised span: `Banque de France`, `Office d'Etat`. */
const CONNECTORS = new Set(["de", "du", "des", "la", "le", "d'", "d’", "l'", "l’"]);
const MAX_CONNECTORS = 2;
/** Capitalised only because they start a sentence: never a candidate on their own. */
const FUNCTION_WORDS = new Set(
  (
    "le la les l' l’ un une des du de d' d’ il elle ils elles on nous vous je ce cet cette ces " +
    "c' c’ qu' qu’ son sa ses leur leurs en dans au aux à a par pour sur sous avec sans après " +
    "avant selon mais et ou donc or ni car depuis lors entre pendant chez dès comme si quand " +
    "lorsque puis ainsi alors cependant toutefois enfin aussi parmi malgré vers contre outre " +
    "tout tous toute toutes plusieurs certains certaines chaque aucun aucune cela ceci celui " +
    "celle ceux celles dont où qui que quoi y"
  ).split(" "),
);

const WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
const MONTH =
  "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)";
const DATE_PATTERNS = [
  new RegExp(
    `(?<!\\p{L})(?:${WEEKDAY}\\s+)?(?:1er|\\d{1,2})\\s+${MONTH}(?:\\s+\\d{3,4})?(?!\\p{L})`,
    "giu",
  ),
  new RegExp(`(?<!\\p{L})${MONTH}\\s+\\d{3,4}(?!\\d)`, "giu"),
  /(?<!\p{L})(?:[IVXLC]+|\d{1,2})(?:e|er|ème)\s+siècle(?!\p{L})/giu,
  /(?<![\d,.\p{L}])(?:1\d{3}|20\d{2})(?![\d,]|\.\d)/gu,
];

/** Digits with thousands groups and decimals; not ordinals (`1er`, `XXe`) nor times (`13h33`). */
const NUMBER = /(?<![\d,.\p{L}])\d+(?:[ \u00a0\u202f]\d{3})*(?:[,.]\d+)?(?![\d\p{L}])/gu;
/** Unit words a number keeps: `45 %`, `12 millions d'euros`, `3 200 habitants`. */
const UNIT =
  /^[ \u00a0\u202f]*(?:%|€|\$|°C|(?:millions?|milliards?|milliers?|mille)(?:\s+d['’]euros|\s+de\s+dollars|\s+d['’]habitants|\s+de\s+personnes)?|euros?|dollars?|francs?|livres|km²?|kilom[èe]tres?|m[èe]tres?|cm|mm|kg|kilos?|grammes?|tonnes?|litres?|hectares?|habitants?|personnes?|hommes|femmes|enfants|[ée]l[èe]ves|[ée]tudiants|salari[ée]s|employ[ée]s|membres|morts|victimes|soldats|ans|ann[ée]es|mois|semaines|jours|heures|minutes|secondes|si[èe]cles|fois|points|voix|si[èe]ges|degr[ée]s|exemplaires|pages|[ée]pisodes|titres|buts|matchs|victoires|esp[èe]ces|langues|pays|villes|communes)(?!\p{L})/iu;

/**
 * The baseline's answer candidates for one paragraph, without duplicates (by normalised
 * canonical form). A number with a unit is one candidate accepting both `12 millions d'euros`
 * and `12`.
 *
 * @example
 * baselineCandidates("Le Premier ministre, Charles Michel, est arrivé mardi 1er mars à Rabat.");
 * // [["Premier"], ["Charles Michel"], ["Rabat"], ["mardi 1er mars"]]
 */
export function baselineCandidates(text: string): CandidateForms[] {
  const candidates = [
    ...capitalisedSpans(text).map((span) => [span]),
    ...DATE_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => [match[0]])),
    ...numbersWithUnits(text),
  ];
  const seen = new Set<string>();
  return candidates.filter(([canonical = ""]) => {
    const key = normaliseAnswer(canonical);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Maximal runs of capitalised words, joined only by spaces and connectors. */
function capitalisedSpans(text: string): string[] {
  const tokens = [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const spans: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    // Skip sentence-initial function words (`Les`, `Selon`) so that `Selon Jean Dupont` yields
    // the name alone.
    const first = tokens[index];
    if (!first || !isCapitalised(first.text) || FUNCTION_WORDS.has(first.text.toLowerCase())) {
      index += 1;
      continue;
    }
    let last = index;
    let cursor = index + 1;
    let connectors = 0;
    while (cursor < tokens.length) {
      const previous = tokens[cursor - 1];
      const token = tokens[cursor];
      if (!previous || !token || !/^\s*$/u.test(text.slice(previous.end, token.start))) break;
      if (isCapitalised(token.text)) {
        last = cursor;
        connectors = 0;
      } else if (CONNECTORS.has(token.text.toLowerCase()) && connectors < MAX_CONNECTORS) {
        connectors += 1;
      } else {
        break;
      }
      cursor += 1;
    }
    const lastToken = tokens[last];
    if (lastToken) spans.push(text.slice(first.start, lastToken.end));
    index = last + 1;
  }
  return spans;
}

function numbersWithUnits(text: string): CandidateForms[] {
  return [...text.matchAll(NUMBER)].map((match) => {
    const unit = UNIT.exec(text.slice(match.index + match[0].length));
    return unit ? [`${match[0]}${unit[0]}`, match[0]] : [match[0]];
  });
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
