/**
 * @module
 * *Sur les 37 cas confirmés, combien concernent des enfants non vaccinés ?* from `Sur les 37
 * cas confirmés, 29 concernent des enfants non vaccinés`: the part of a total the sentence
 * gives first, often the stake of a health or a social story; and *Combien des 2 600 ouvriers …
 * observent … ?* from `près de 1 800 des quelque 2 600 ouvriers … observent …`, both in one subject.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { finiteVerb, participleOf } from "../../french/lexicon/verb-form";
import { parseFrenchNumber } from "../../french/parse-french-number";
import type { Candidate } from "../candidate";

/** A figure in digits (`1 200`) or in words (`vingt-neuf`). */
const FIGURE = String.raw`\d[\d\s.]*\d|\d|\p{Ll}+(?:-\p{Ll}+)*`;
/** `Sur les 37 cas confirmés, 29 concernent …`. */
const PART_OF_TOTAL = new RegExp(
  String.raw`^Sur (?<whole>(?:les|ces) (?<total>${FIGURE}) (?<noun>[^,;:«»()]{2,50})),\s+(?<part>${FIGURE})\s+(?<rest>[^,;:«»()]+)`,
  "u",
);
/**
 * `Depuis jeudi, près de 1 800 des quelque 2 600 ouvriers des PAM observent un arrêt de travail`:
 * the part before the total, both in one subject.
 */
const PART_OF_TOTAL_SUBJECT =
  /^(?:[^,;:«»()]{2,40},\s+)?(?:(?:[Pp]rès de|[Pp]lus de|[Ee]nviron|[Qq]uelque|[Aa]u moins)\s+)?(?<part>\d[\d\s.]*\d|\d) des (?<whole>(?:(?:quelque|près de|plus de|environ)\s+)?(?<total>\d[\d\s.]*\d|\d) (?<noun>\p{Ll}[^,;:«»()]{1,80}?))\s+(?<rest>(?:ont|sont)\s+[^,;:«»()]+|\p{Ll}+nt\s[^,;:«»()]+)/u;
/** What the question keeps of the clause: its verb and up to this many words. */
const MAX_REST_WORDS = 10;

/**
 * Proposes *Sur les N …, combien … ?* questions.
 *
 * @example
 * askPartOfTotal(analysis)[0]?.prompt;
 * // "Sur les 37 cas confirmés, combien concernent des enfants non vaccinés ?"
 */
export function askPartOfTotal(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    // `des Plantations agricoles du Moungo (PAM)`: an acronym in brackets is left out (the
    // part comes before it, so its offset holds).
    const subject = PART_OF_TOTAL_SUBJECT.exec(
      sentence.text.replace(/\s\(\p{Lu}[^()]{0,20}\)/gu, ""),
    );
    const first = sentence.text.startsWith("Sur ") ? PART_OF_TOTAL.exec(sentence.text) : null;
    const match = first ?? subject;
    const read = match && partOf(match);
    if (!match || !read) continue;
    const { whole = "", noun = "", part = "" } = match.groups ?? {};
    // The noun phrase of a subject holds no verb of its own (`ouvriers qui travaillent`).
    if (!first && /(?<!\p{L})(?:qui|que|dont|où)(?!\p{L})/u.test(noun)) continue;
    const start =
      sentence.start +
      match.index +
      match[0].indexOf(first ? `, ${part} ` : `${part} des `) +
      (first ? 2 : 0);
    const unit = noun.split(/\s+/u)[0] ?? "";
    const asked = read.words.join(" ");
    candidates.push({
      template: "part-of-total",
      prompt: applyContractions(
        first ? `Sur ${whole}, combien ${asked} ?` : `Combien des ${whole} ${asked} ?`,
      ),
      answer: {
        kind: "number",
        quantity: {
          text: `${part} ${unit}`,
          start,
          end: start + part.length,
          value: read.value,
          unit,
        },
      },
      sentence,
      reliability: 0.9,
      topic: `quantity:${start}`,
      // Options near the part could pass the total (`44 cas` of 37): a short answer.
      choice: false,
    });
  }
  return candidates;
}

/**
 * The words of the part's clause when the part is smaller than the total and its own verb is
 * plural (`concernent`, `ont été hospitalisés`, `sont des femmes`), with the part's value.
 */
function partOf(match: RegExpExecArray): { words: string[]; value: number } | undefined {
  const { total = "", part = "", rest = "" } = match.groups ?? {};
  const totalValue = figureValue(total);
  const value = figureValue(part);
  if (totalValue === undefined || value === undefined || value >= totalValue) return undefined;
  const words = rest
    .replace(/[.!?…]+$/u, "")
    .trim()
    .split(/\s+/u);
  const [first = "", second = "", third = ""] = words;
  const verb = finiteVerb(first);
  const compound = /^(?:ont|sont)$/u.test(first) && participleOf(second === "été" ? third : second);
  if (!(verb?.plural || compound) || words.length > MAX_REST_WORDS) return undefined;
  return { words, value };
}

function figureValue(figure: string): number | undefined {
  if (/^\d/u.test(figure)) return Number(figure.replace(/[\s.]/gu, ""));
  return parseFrenchNumber(figure);
}
