/**
 * @module
 * Who pays for what, the news of many openings and works: `le projet a été financé à hauteur de
 * 70 % par l'État gabonais` → *Dans quelle proportion l'État gabonais a-t-il financé le projet ?*;
 * `Le bâtiment a coûté 1,2 milliard, financés à 70 % par l'Agence française de développement` →
 * *Dans quelle proportion l'Agence française de développement a-t-elle financé le bâtiment ?*.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import type { Candidate } from "../candidate";
import { pronounFor, readClause } from "./ask-clause";

/** `financé à hauteur de 70 % par l'État gabonais`: the share and who pays it. */
const FUNDED =
  /(?<!\p{L})financée?s?\s+(?:à\s+hauteur\s+de\s+|à\s+|pour\s+)(?:près\s+de\s+|environ\s+)?(?<share>\d+(?:,\d+)?\s?%)\s+par\s+(?<funder>(?:l['’]|le\s|la\s|les\s)[^,;.()«»]{2,60}?)(?=\s+et\s|[,;.()]|\s+(?:dans|pour|afin|sur)\s|$)/u;

/**
 * Proposes *Dans quelle proportion X a-t-il financé … ?* where a sentence says who paid which
 * share of a project, or of its cost.
 *
 * @example
 * askFundedShare(analysis)[0]?.prompt; // "Dans quelle proportion l'État gabonais a-t-il financé le projet ?"
 */
export function askFundedShare(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    const funded = FUNDED.exec(sentence.text);
    const funder = funded?.groups?.funder?.trim() ?? "";
    if (!funded || funder.split(" ").length > 8) continue;
    // `par l'État et la Région`: the share is both funders'.
    const after = sentence.text.slice(funded.index + funded[0].length);
    if (/^\s+et\s+(?:le|la|les|l['’]|un|une|des)(?!\p{L})/u.test(after)) continue;
    const shareStart =
      sentence.start + funded.index + funded[0].indexOf(funded.groups?.share ?? "");
    const quantity = analysis.quantities.find((q) => q.start === shareStart && q.unit === "%");
    const clause = readClause(sentence, analysis.people, true);
    const plural = /^les\s/u.test(funder);
    const pronoun = pronounFor(funder, plural, analysis.people);
    if (!quantity || !clause || !pronoun) continue;
    // What is paid for is the clause's subject (`a coûté 1,2 milliard, financés …`: the
    // building); a pronoun or someone's points back.
    const whole = clause.subject;
    if (
      /(?:^|\s)(?:il|elle|ils|elles|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?!\p{L})/u.test(whole)
    ) {
      continue;
    }
    const past = /^(?:a|ont|avait|avaient)$/u.test(clause.aux);
    const verb = plural
      ? `${past ? "ont" : "financent"}-${pronoun}${past ? " financé" : ""}`
      : past
        ? `a-t-${pronoun} financé`
        : `finance-t-${pronoun}`;
    candidates.push({
      template: "funded-share",
      prompt: applyContractions(`Dans quelle proportion ${funder} ${verb} ${whole} ?`),
      answer: { kind: "number", quantity },
      sentence,
      reliability: 0.85,
      topic: `quantity:${quantity.start}`,
      choice: true,
    });
  }
  return candidates;
}
