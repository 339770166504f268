/**
 * @module
 * A rough guess at what kind of thing a human-written answer is, to split recall by kind.
 * Heuristic on purpose: it only has to sort PIAF answers into plausible bins.
 */

export type HumanAnswerKind = "person" | "place" | "organisation" | "date" | "number" | "phrase";

export const HUMAN_ANSWER_KINDS: HumanAnswerKind[] = [
  "person",
  "place",
  "organisation",
  "date",
  "number",
  "phrase",
];

// JavaScript's \b only knows ASCII letters, so word edges are written with \p{L} look-arounds.
const MONTH =
  /(?<!\p{L})(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})/iu;
const CENTURY = /(?<!\p{L})si[èe]cles?(?!\p{L})/iu;
/** `100 000`, `1 500`: digit groups that must not be read as a year. */
const GROUPED_NUMBER = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+/gu;
const YEAR = /(?<![\d,.])(?:1\d{3}|20\d{2})(?![\d,.]*\d)/u;
const SHORT_YEAR_AFTER = /(?<!\p{L})(?:en|an|vers|depuis)\s+\d{3}$/iu;
const MEASURE =
  /%|€|\$|(?<!\p{L})(?:euros?|dollars?|francs?|km|kilom[èe]tres?|m[èe]tres?|habitants?|personnes?|tonnes?|hectares?|hommes|femmes|morts|victimes|membres|[ée]l[èe]ves|salari[ée]s|ans)(?!\p{L})/iu;
const NUMBER_WORD =
  /(?<!\p{L})(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|dizaines?|centaines?|milliers?)(?!\p{L})/u;
const ACRONYM = /(?<!\p{L})\p{Lu}{2,}(?!\p{Ll})/u;
/** `XIV`, `II`: regnal and century numerals look like acronyms but are not. */
const ROMAN_NUMERAL = /(?<!\p{L})[IVXLCDM]+(?!\p{L})/gu;
const ORGANISATION_NOUN =
  /(?<!\p{L})(?:universit[ée]|soci[ée]t[ée]|parti|minist[èe]re|banque|institut|association|f[ée]d[ée]ration|conseil|commission|organisation|union|acad[ée]mie|compagnie|club|[ée]glise|agence|comit[ée]|office|assembl[ée]e|gouvernement|arm[ée]e|mus[ée]e|[ée]cole|lyc[ée]e|groupe|fondation|entreprise|orchestre|th[ée][âa]tre|tribunal|cour|s[ée]nat|parlement|ligue|syndicat|[ée]quipe|direction|centre|service|biblioth[èe]que|journal|coll[èe]ge|institution|mouvement|front|conf[ée]d[ée]ration|corporation|f[ée]d[ée]ral|nations)(?!\p{L})/iu;
const NAME_PARTICLE = /^(?:de|du|des|d'|d’|van|von|der|den|da|di|del|dos|le|la|ben|bin|al|el|y)$/u;
const LEADING_ARTICLE = /^(?:le|la|les|l'|l’|un|une|des|du)$/iu;
const PLACE_BEFORE = /(?<!\p{L})(?:à|en|au|aux|dans|vers|près de|ville de|région de)\s+$/iu;

/**
 * Classifies a human answer. `context` and `start` (the answer's offset in it) let a capitalised
 * answer after `à`, `en`, `au`… count as a place.
 *
 * @example
 * classifyAnswer("mars 1789"); // "date"
 * classifyAnswer("Victor Hugo"); // "person"
 */
export function classifyAnswer(text: string, context = "", start = -1): HumanAnswerKind {
  const answer = text.trim();
  const before = start >= 0 ? context.slice(Math.max(0, start - 20), start) : "";
  if (isDate(answer, before)) return "date";
  if (/\d/u.test(answer) || NUMBER_WORD.test(answer)) return "number";
  const words = answer.split(/\s+/u);
  const capitalised = words.filter(isCapitalised);
  if (capitalised.length === 0) return "phrase";
  if (ACRONYM.test(answer.replace(ROMAN_NUMERAL, ""))) return "organisation";
  if (ORGANISATION_NOUN.test(answer)) return "organisation";
  if (PLACE_BEFORE.test(before) && isCapitalised(words[0] ?? "")) return "place";
  if (isPersonName(words)) return "person";
  if (words.length === 1 || (words.length === 2 && LEADING_ARTICLE.test(words[0] ?? ""))) {
    return "place";
  }
  return "phrase";
}

function isDate(answer: string, before: string): boolean {
  if (MONTH.test(answer) || CENTURY.test(answer)) return true;
  const ungrouped = answer.replace(GROUPED_NUMBER, " ");
  if (YEAR.test(ungrouped) && !MEASURE.test(answer)) return true;
  return /^\d{3}$/u.test(answer) ? SHORT_YEAR_AFTER.test(`${before}${answer}`) : false;
}

/** 2 to 4 capitalised words, particles allowed in between, not starting with an article. */
function isPersonName(words: string[]): boolean {
  const [first = ""] = words;
  if (LEADING_ARTICLE.test(first) || /^l['’]/iu.test(first) || !isCapitalised(first)) {
    return false;
  }
  const names = words.filter(isCapitalised);
  const others = words.filter((word) => !isCapitalised(word));
  return (
    names.length >= 2 &&
    names.length <= 4 &&
    others.every((word) => NAME_PARTICLE.test(word.toLowerCase()))
  );
}

function isCapitalised(word: string): boolean {
  return /^(?:[dl]['’])?\p{Lu}/u.test(word);
}
