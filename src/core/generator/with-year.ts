/**
 * @module
 * Keeps the year of a past figure with its question: *Combien d'hectares les herbiers
 * couvraient-ils ?* for `couvraient 38 hectares en 2016, contre 25 hectares cette année` asks a
 * figure of no time, and the article gives two (round 154, DEFECT for both graders: « date
 * manquante »). The question says the year the sentence gives next to the figure; so does one in
 * any tense whose sentence sets the figure against another year's (`a effectué 1870 réparations en
 * 2025, contre 960 en 2023`: round 160, « année non précisée » for both graders; `contre 665
 * l'année précédente`: round 161).
 */
import type { Candidate } from "./candidate";

/** A question in the imperfect or the pluperfect: `couvraient-ils`, `rapportait-il`. */
const PAST_QUESTION = /\p{Ll}(?:ait|aient)(?:-t)?-(?:il|elle|ils|elles|on)(?!\p{L})/u;
/** `en 2016` right after the figure, within its clause. */
const YEAR_AFTER = /^[^,.;:()]{0,40}?(?<!\p{L})en\s+((?:19|20)\d\d)(?!\d)/u;
/** `En 2016, …` opening the sentence. */
const YEAR_FIRST = /^En\s+((?:19|20)\d\d),\s/u;

/**
 * The candidate, its question ending on the year its past figure is given for when the
 * question says none.
 *
 * @example
 * // "Selon ce décompte, les herbiers couvraient 38 hectares en 2016, contre 25 hectares cette année."
 * withYear(candidate, body).prompt; // "Combien d'hectares les herbiers couvraient-ils en 2016 ?"
 */
export function withYear(candidate: Candidate, body: string): Candidate {
  const { answer, prompt } = candidate;
  if (answer.kind !== "number" || !/\s\?$/u.test(prompt) || prompt.includes("……")) {
    return candidate;
  }
  if (/(?<!\d)(?:19|20)\d\d(?!\d)/u.test(prompt)) return candidate;
  const year =
    YEAR_AFTER.exec(body.slice(answer.quantity.end, candidate.sentence.end))?.[1] ??
    YEAR_FIRST.exec(candidate.sentence.text)?.[1];
  if (!year) return candidate;
  const years = new Set(candidate.sentence.text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu));
  // `412 hospitalisations … en 2025, contre 665 l'année précédente`: set against another time.
  const contrasted = years.size > 1 || /,\s+contre\s/u.test(candidate.sentence.text);
  if (!PAST_QUESTION.test(prompt) && !contrasted) return candidate;
  return { ...candidate, prompt: prompt.replace(/\s\?$/u, ` en ${year} ?`) };
}
