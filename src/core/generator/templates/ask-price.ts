/**
 * @module
 * The price a thing was sold or bought at, asked with who sold or bought it and what: `Les 214
 * membres du groupement Benkadi de Sindou ont vendu leur récolte de noix de cajou à 410 francs CFA
 * le kilogramme` → *À quel prix les membres du groupement Benkadi de Sindou ont-ils vendu leur
 * récolte de noix de cajou ?* (round 170: the price, the article's point, went unasked).
 */
import type { ArticleAnalysis } from "../../french/entities";
import type { Candidate } from "../candidate";
import { sumsInSentences } from "../sums-in-sentences";
import { antecedents, question, readClause } from "./ask-clause";

/**
 * `ont vendu leur récolte de noix de cajou à`, `a acheté le sac à près de`: a participle of a
 * sale, what was sold, and `à` right before the figure.
 */
const SOLD_AT =
  /(?<![\p{L}'’])(?<participle>(?:vendu|acheté|cédé|payé|revendu|écoulé)e?s?)\s+(?<object>(?:le|la|les|l['’]|leur|leurs|son|sa|ses|un|une|des)\s*[^,;:«»()]{2,70}?)\s+à\s+(?:(?:près|plus|moins)\s+de\s+|environ\s+|quelque\s+)?$/u;

/**
 * Proposes *À quel prix … a-t-il vendu … ?* on a sum a sale's clause ends on.
 *
 * @example
 * askPrice(analysisOf("Les planteurs ont vendu leur cacao à 1 800 francs CFA le kilogramme."))[0]?.prompt;
 * // "À quel prix les planteurs ont-ils vendu leur cacao ?"
 */
export function askPrice(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const { quantity, sentence } of sumsInSentences(analysis)) {
    const sold = SOLD_AT.exec(sentence.text.slice(0, quantity.start - sentence.start));
    const { participle = "", object = "" } = sold?.groups ?? {};
    if (!sold) continue;
    const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
    // The sale is the clause's own verb, in a compound tense, right where the clause reads it.
    if (!clause || clause.passive || clause.reflexive || clause.negation) continue;
    if (
      clause.participle !== participle ||
      sold.index + 1 < clause.restOffset - participle.length - 1
    ) {
      continue;
    }
    // `cette récolte`: what points back names nothing in the question; nor do `certaines
    // productrices`, some of whom sold at that price.
    if (
      /^(?:ce|cet|cette|ces|certaine?s|plusieurs|quelques|des|de nombreu(?:x|ses))\s/u.test(
        clause.subject,
      ) ||
      /^(?:ce|cet|cette|ces)\s/u.test(object)
    ) {
      continue;
    }
    candidates.push({
      template: "price",
      prompt: question("À quel prix", clause, participle, object, undefined, analysis.people),
      answer: { kind: "number", quantity },
      sentence,
      reliability: 0.9,
      topic: `quantity:${quantity.start}`,
      choice: true,
    });
  }
  return candidates;
}
