/**
 * @module
 * *Sur les 37 cas confirmés, combien concernent des enfants non vaccinés ?* from `Sur les 37
 * cas confirmés, 29 concernent des enfants non vaccinés`: the part of a total the sentence
 * gives first, often the stake of a health or a social story.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { finiteVerb, participleOf } from "../../french/lexicon/verb-form";
import { parseFrenchNumber } from "../../french/parse-french-number";
import type { Sentence } from "../../french/split-sentences";
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
    const subject = partOfTotalSubject(sentence);
    if (subject) candidates.push(subject);
    if (!sentence.text.startsWith("Sur ")) continue;
    const match = PART_OF_TOTAL.exec(sentence.text);
    const { whole = "", total = "", noun = "", part = "", rest = "" } = match?.groups ?? {};
    const totalValue = figureValue(total);
    const value = figureValue(part);
    if (!match || totalValue === undefined || value === undefined || value >= totalValue) continue;
    // The part's own verb, plural: `concernent`, `ont été hospitalisés`, `sont des femmes`.
    const words = rest
      .replace(/[.!?…]+$/u, "")
      .trim()
      .split(/\s+/u);
    const [first = "", second = "", third = ""] = words;
    const verb = finiteVerb(first);
    const compound =
      /^(?:ont|sont)$/u.test(first) && participleOf(second === "été" ? third : second);
    if (!(verb?.plural || compound) || words.length > MAX_REST_WORDS) continue;
    const start = sentence.start + match[0].length - rest.length - part.length - 1;
    const unit = noun.split(/\s+/u)[0] ?? "";
    candidates.push({
      template: "part-of-total",
      prompt: applyContractions(`Sur ${whole}, combien ${words.join(" ")} ?`),
      answer: {
        kind: "number",
        quantity: { text: `${part} ${unit}`, start, end: start + part.length, value, unit },
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

/** *Combien des quelque 2 600 ouvriers … observent … ?* from {@link PART_OF_TOTAL_SUBJECT}. */
function partOfTotalSubject(sentence: Sentence): Candidate | undefined {
  // `des Plantations agricoles du Moungo (PAM)`: an acronym in brackets is left out (the
  // part comes before it, so its offset holds).
  const match = PART_OF_TOTAL_SUBJECT.exec(sentence.text.replace(/\s\(\p{Lu}[^()]{0,20}\)/gu, ""));
  const { whole = "", total = "", noun = "", part = "", rest = "" } = match?.groups ?? {};
  const totalValue = figureValue(total);
  const value = figureValue(part);
  if (!match || totalValue === undefined || value === undefined || value >= totalValue) {
    return undefined;
  }
  const words = rest
    .replace(/[.!?…]+$/u, "")
    .trim()
    .split(/\s+/u);
  const [first = "", second = "", third = ""] = words;
  const verb = finiteVerb(first);
  const compound = /^(?:ont|sont)$/u.test(first) && participleOf(second === "été" ? third : second);
  if (!(verb?.plural || compound) || words.length > MAX_REST_WORDS) return undefined;
  // The noun phrase holds no verb of its own (`ouvriers qui travaillent`).
  if (/(?<!\p{L})(?:qui|que|dont|où)(?!\p{L})/u.test(noun)) return undefined;
  const start = sentence.start + (match.index ?? 0) + match[0].indexOf(`${part} des `);
  const unit = noun.split(/\s+/u)[0] ?? "";
  return {
    template: "part-of-total",
    prompt: applyContractions(`Combien des ${whole} ${words.join(" ")} ?`),
    answer: {
      kind: "number",
      quantity: { text: `${part} ${unit}`, start, end: start + part.length, value, unit },
    },
    sentence,
    reliability: 0.9,
    topic: `quantity:${start}`,
    choice: false,
  };
}

function figureValue(figure: string): number | undefined {
  if (/^\d/u.test(figure)) return Number(figure.replace(/[\s.]/gu, ""));
  return parseFrenchNumber(figure);
}
