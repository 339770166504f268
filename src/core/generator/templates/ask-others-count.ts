/**
 * @module
 * *Combien de personnes ont été blessées ?* from `Au moins neuf personnes ont perdu la vie et
 * vingt-trois autres ont été blessées`: the count of a second clause, whose noun (`autres`)
 * stands for the first clause's (accident and disaster news).
 */
import type { ArticleAnalysis, Quantity } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { participleOf } from "../../french/lexicon/verb-form";
import { parseFrenchNumber } from "../../french/parse-french-number";
import { type Candidate, figureQuestion } from "../candidate";

/** `et vingt-trois autres ont été blessées`, `et plus de 9 200 autres ont dû …`. */
const OTHERS =
  /\set\s+(?:(?:au moins|près de|plus de|environ)\s+)?(?<count>\d[\d  .]*|[\p{Ll}-]+(?:\s+et\s+un)?)\s+autres\s+(?<verb>(?:ont|sont)\s+(?:été\s+)?(?<participle>\p{Ll}+))(?=[\s,.;])/u;

/**
 * Proposes *Combien de … ont été … ?* on the `N autres` of a clause joined to a counted one.
 *
 * @example
 * askOthersCount(analysis)[0]?.prompt; // "Combien de personnes ont été blessées ?"
 */
export function askOthersCount(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    if (!sentence.text.includes(" autres ")) continue;
    const match = OTHERS.exec(sentence.text);
    const { count = "", verb = "", participle = "" } = match?.groups ?? {};
    const value = parseFrenchNumber(count);
    if (!match || value === undefined || value < 2 || !participleOf(participle)) continue;
    const countStart = sentence.start + match.index + match[0].indexOf(count);
    // The first clause's counted noun, before the `et`: `neuf personnes`, `quatorze orpailleurs`.
    const first = analysis.quantities.findLast(
      (q) =>
        q.start >= sentence.start &&
        q.end <= countStart &&
        /^\p{Ll}[\p{Ll}-]*s$/u.test(q.unit) &&
        q.value > 1,
    );
    if (!first) continue;
    const quantity: Quantity = {
      text: count,
      start: countStart,
      end: countStart + count.length,
      value,
      unit: first.unit,
    };
    const prompt = applyContractions(`Combien de ${first.unit} ${verb} ?`);
    candidates.push(figureQuestion("others-count", prompt, quantity, sentence));
  }
  return candidates;
}
