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
import type { Candidate } from "../candidate";

/** A figure in digits (`1 200`) or in words (`vingt-neuf`). */
const FIGURE = String.raw`\d[\d\s.]*\d|\d|\p{Ll}+(?:-\p{Ll}+)*`;
/** `Sur les 37 cas confirmés, 29 concernent …`. */
const PART_OF_TOTAL = new RegExp(
  String.raw`^Sur (?<whole>(?:les|ces) (?<total>${FIGURE}) (?<noun>[^,;:«»()]{2,50})),\s+(?<part>${FIGURE})\s+(?<rest>[^,;:«»()]+)`,
  "u",
);
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

function figureValue(figure: string): number | undefined {
  if (/^\d/u.test(figure)) return Number(figure.replace(/[\s.]/gu, ""));
  return parseFrenchNumber(figure);
}
