/**
 * @module
 * Questions on acronyms the article expands: what an acronym stands for.
 */
import type { ArticleAnalysis } from "../../french/entities";
import type { Candidate } from "../candidate";
import { sentenceContaining } from "../sentence-containing";

/**
 * Proposes *Que signifie le sigle X ?* for each acronym given with its expansion.
 *
 * @example
 * askAcronym(analysis)[0]?.prompt; // "Que signifie le sigle DGSN ?"
 */
export function askAcronym(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const organisation of analysis.organisations) {
    const { acronym } = organisation;
    const expansion = organisation.mentions[0];
    if (!acronym || organisation.name === acronym || !expansion) continue;
    const sentence = sentenceContaining(analysis.sentences, expansion.start);
    if (!sentence) continue;
    candidates.push({
      template: "acronym",
      prompt: `Que signifie le sigle ${acronym} ?`,
      answer: { kind: "organisation", organisation, form: "name" },
      sentence,
      reliability: 0.55,
      topic: `acronym:${acronym}`,
      choice: false,
    });
  }
  return candidates;
}
