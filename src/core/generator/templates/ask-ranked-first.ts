/**
 * @module
 * *Quel lycée arrive en tête du classement des établissements ?* from `Le lycée scientifique de
 * Yamoussoukro arrive en tête du classement des établissements …`: who or what a ranking puts
 * first, the news of results, rankings and races.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { quelFor } from "../../french/grammar/quel-for";
import { nounGender } from "../../french/lexicon/noun-gender";
import type { Candidate } from "../candidate";
import { lowerDeterminer } from "./ask-clause";

/** `Le lycée … arrive en tête du classement …`, `La région du Centre-Est se classe première`. */
const RANKED_FIRST =
  /^(?:[^,;:«»]{0,60},\s+)?(?<subject>(?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es)\s*(?<head>\p{Ll}[\p{Ll}-]+)[^,;:«»]{0,70}?)\s+(?<verb>arrive|arrivent|termine|terminent|se classe|se classent|reste|restent|figure|figurent)\s+(?<rank>en tête(?:\s+(?:du|de la|des|de l['’])\s*[^,;:«»()]{3,80}?)?)(?=\s*(?:,|\.|avec|pour|devant|selon|$))/u;

/**
 * Proposes *Quel … arrive en tête … ?* questions, the answer the subject as written.
 *
 * @example
 * askRankedFirst(analysis)[0]?.prompt;
 * // "Quel lycée arrive en tête du classement des établissements au baccalauréat 2026 ?"
 */
export function askRankedFirst(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    if (!sentence.text.includes("en tête")) continue;
    const match = RANKED_FIRST.exec(sentence.text);
    const { subject = "", head = "", verb = "", rank = "" } = match?.groups ?? {};
    const gender = nounGender(head) ?? nounGender(head.replace(/s$/u, ""));
    // `Le Sahel`: a name, not a noun the question could ask for.
    if (!match || !gender || subject.split(/\s+/u).length < 3) continue;
    const plural = /(?:ent)$/u.test(verb.split(" ").at(-1) ?? "");
    const which = `${quelFor(gender, plural)} ${head}`;
    // `la région du Centre-Est (Tenkodogo)`: the parenthesis is no part of the answer.
    const answer = lowerDeterminer(subject.replace(/\s*\([^()]*\)/gu, ""));
    candidates.push({
      template: "ranked-first",
      prompt: `${which} ${verb} ${rank} ?`,
      answer: { kind: "phrase", text: answer },
      sentence,
      reliability: 0.85,
      topic: `ranked:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}
