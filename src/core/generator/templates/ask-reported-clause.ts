/**
 * @module
 * Why, by how much, to what level and to what end, asked of the clause a verb of saying
 * reports as a fact (`La DINEPA a annoncé jeudi que la distribution d'eau serait ramenée de six
 * à trois jours par semaine, en raison de la sécheresse` → *Pourquoi la distribution d'eau
 * sera-t-elle ramenée … ?*): the lede's news often stands behind who announced it.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { asFuture, withReportedFacts } from "../../french/reported-clause";
import type { Candidate } from "../candidate";
import { askChange } from "./ask-change";
import { askEstimate } from "./ask-estimate";
import { askWhy } from "./ask-why";

/** The templates read on a reported clause: who and when are askClause's own. */
const READ_ON_CLAUSES = [askWhy, askChange, askEstimate];

/**
 * Proposes the questions {@link READ_ON_CLAUSES} ask of reported clauses; the evidence shown
 * stays the whole sentence. A view (`a estimé que`) is no fact to ask about.
 *
 * @example
 * askReportedClause(analysis)[0]?.prompt;
 * // "Pourquoi la distribution d'eau courante aux Gonaïves sera-t-elle ramenée de six à trois jours par semaine ?"
 */
export function askReportedClause(analysis: ArticleAnalysis): Candidate[] {
  const clauses = withReportedFacts(analysis.sentences).filter(
    ({ sentence, evidence }) => sentence !== evidence,
  );
  if (clauses.length === 0) return [];
  const evidence = new Map(clauses.map((unit) => [unit.sentence.start, unit.evidence]));
  const reading = { ...analysis, sentences: clauses.map((unit) => unit.sentence) };
  return READ_ON_CLAUSES.flatMap((template) => template(reading)).map((candidate) => ({
    ...candidate,
    prompt: asFuture(candidate.prompt),
    sentence: evidence.get(candidate.sentence.start) ?? candidate.sentence,
  }));
}
