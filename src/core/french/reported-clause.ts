/**
 * @module
 * The clause a verb of saying reports (`La DINEPA a annoncé jeudi que la distribution d'eau
 * sera ramenée …` → `la distribution d'eau sera ramenée …`): in wire copy the lede's news often
 * stands there, behind who announced it.
 */
import { hasFiniteVerb } from "./has-finite-verb";
import { finiteVerb } from "./lexicon/verb-form";
import type { Sentence } from "./split-sentences";

/** A day or a moment between the verb and `que`: `a annoncé jeudi soir que`. */
const WHEN_SAID = String.raw`(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|après-midi))?)?`;
/** `a par ailleurs indiqué que`: an adverb between the auxiliary and the verb. */
const ADVERBS = `(?:par ailleurs|également|aussi|en outre|notamment|encore|enfin|toutefois|cependant|néanmoins|d['’]ailleurs|déjà)`;
/** Verbs that report a fact (`annoncé`), and verbs that report a view (`estimé`). */
const FACT_VERBS = "annoncé|indiqué|précisé|confirmé|révélé|rappelé";
const VIEW_VERBS = "affirmé|déclaré|expliqué|souligné|assuré|estimé";
const REPORTED = new RegExp(
  String.raw`\s(?:a|ont|avait|avaient)\s+(?:${ADVERBS}\s+)?(?<verb>${FACT_VERBS}|${VIEW_VERBS})${WHEN_SAID}\s+(?:que\s+|qu['’])(?=(?:le|la|les|l['’]|ce|cette|ces|son|sa|ses|leur|leurs)\s*\p{L}|\d|(?:près|plus|moins|au moins|environ|quelque)\s)`,
  "iu",
);
const FACT = new RegExp(`^(?:${FACT_VERBS})$`, "iu");
/**
 * `…, a annoncé mercredi l'équipe scientifique de la réserve.`, `…, selon un bilan publié lundi
 * par le ministère.`: who reports the fact, after it (views, `estime la direction`, are not read).
 */
const ATTRIBUTED_AFTER = new RegExp(
  String.raw`,\s+(?:(?:a|ont)\s+(?:${ADVERBS}\s+)?(?:${FACT_VERBS}|constaté|rapporté)${WHEN_SAID}(?:\s+\d{1,2}(?:er)?\s+\p{Ll}+)?\s+(?!que(?!\p{L})|qu['’])|selon\s+)[^,;:«»"“”]{2,90}\.$`,
  "u",
);

export interface ReportedClause {
  /**
   * The clause read as a sentence of its own: the same characters at the same offsets, but
   * for its first letter, capitalised as a sentence opens.
   */
  sentence: Sentence;
  /** Whether the verb reports a fact (`annoncé`, `précisé`), not a view (`estimé`). */
  fact: boolean;
  /**
   * Whether the clause is the sentence without its source put after it (`…, a annoncé X.`):
   * read instead of the sentence, not beside it.
   */
  instead?: boolean;
}

/**
 * The clause reported in a sentence, if any: after a verb of saying and `que`, or before its
 * source (`…, a annoncé X.`, `…, selon X.`).
 *
 * @example
 * reportedClause({ text: "Le ministre a précisé mardi que la station ouvrira en mai.", start: 0, end: 58 })
 *   ?.sentence.text; // "La station ouvrira en mai."
 */
export function reportedClause(sentence: Sentence): ReportedClause | undefined {
  // Three templates ask for each sentence's: it is read once.
  const known = read.get(sentence);
  if (known !== undefined) return known ?? undefined;
  const found = readReported(sentence);
  read.set(sentence, found ?? null);
  return found;
}

const read = new WeakMap<Sentence, ReportedClause | null>();

function readReported(sentence: Sentence): ReportedClause | undefined {
  const reported = REPORTED.exec(sentence.text);
  if (!reported) return attributedAfter(sentence);
  const offset = reported.index + reported[0].length;
  const said = sentence.text.slice(offset);
  const text = (said[0]?.toUpperCase() ?? "") + said.slice(1);
  return {
    sentence: { ...sentence, text, start: sentence.start + offset },
    fact: FACT.test(reported.groups?.verb ?? ""),
  };
}

/** The fact before its source (`…, a annoncé X.`), read as a sentence at the same offsets. */
function attributedAfter(sentence: Sentence): ReportedClause | undefined {
  const source = ATTRIBUTED_AFTER.exec(sentence.text);
  // A quotation is its speaker's words, asked by the templates of reported speech.
  if (!source || /[«»"“”]/u.test(sentence.text)) return undefined;
  const before = sentence.text.slice(0, source.index);
  // `Le président de l'UCP, Jean-Marc Rio, a annoncé une braderie.`: with no verb of its own
  // before the comma, the verb after it is the sentence's, not its source's.
  if (!hasFiniteVerb(before)) return undefined;
  const text = `${before}.`;
  return {
    sentence: { ...sentence, text, end: sentence.start + text.length },
    fact: true,
    instead: true,
  };
}

/**
 * A reported clause's conditional written as the future it stands for: `a annoncé que la
 * distribution serait ramenée` is asked *Quand la distribution sera-t-elle ramenée ?*.
 *
 * @example
 * asFuture("Pourquoi la distribution serait-elle ramenée ?"); // "Pourquoi la distribution sera-t-elle ramenée ?"
 */
export function asFuture(prompt: string): string {
  // The inverted pronoun takes a `-t-` after `sera` (`sera-t-elle`), none after `seront`; any
  // conditional the lexicon knows goes the same way (`saisirait-elle` → `saisira-t-elle`), not
  // a noun that looks like one (`un extrait`) nor a modal's likelihood.
  return prompt.replace(
    /(?<!\p{L})(\p{Ll}+r)(ait|aient)(?=(-)?)(?![\p{L}])/gu,
    (word: string, stem: string, ending: string, hyphen?: string) => {
      // `devrait`, `pourrait`: a likelihood, not a plan; the future would change what it says.
      if (/^(?:devr|pourr|faudr|voudr|vaudr)$/u.test(stem)) return word;
      if (stem !== "ser" && finiteVerb(word)?.tense !== "conditional") return word;
      return ending === "ait" ? (hyphen ? `${stem}a-t` : `${stem}a`) : `${stem}ont`;
    },
  );
}

/**
 * Each sentence, then the clause it reports as a fact (`a précisé que …`), each with the
 * sentence a question on it shows as evidence.
 *
 * @example
 * withReportedFacts(analysis.sentences).map(({ sentence }) => sentence.text);
 * // ["Le ministre a précisé que la station ouvrira en mai.", "La station ouvrira en mai."]
 */
export function withReportedFacts(
  sentences: Sentence[],
): { sentence: Sentence; evidence: Sentence }[] {
  return sentences.flatMap((sentence) => {
    const reported = reportedClause(sentence);
    if (reported?.instead) return [{ sentence: reported.sentence, evidence: sentence }];
    const units = [{ sentence, evidence: sentence }];
    if (reported?.fact) units.push({ sentence: reported.sentence, evidence: sentence });
    return units;
  });
}
