/**
 * @module
 * `L'association demande la création d'un comité de suivi` → *Que demande l'association ?*: the
 * question points back at a name the article gave paragraphs before (blind grading, round 140:
 * « l'association non identifiée », DEFECT for both graders). When the article names one
 * organisation of that kind, the question names it: *Que demande l'Association des hébergeurs ?*
 */
import type { ArticleAnalysis, Organisation } from "../french/entities";
import { startsWithVowelSound } from "../french/grammar/starts-with-vowel-sound";
import type { Candidate } from "./candidate";

/**
 * `l'association ?`, `la fédération a …`: a bare organisation noun, subject or object; not one
 * after a preposition (`dans la région ?` says where).
 */
const BARE_NOUN =
  /(?<![\p{L}'’])(?<!(?<!\p{L})(?:dans|à|de|du|des|sur|pour|par|en|vers|chez|avec)\s)(?:l['’]|la\s+|le\s+)(\p{Ll}+)(?=\s*\?|\s+(?:a|ont|avait|est|sont|doit|va)\s|-t-(?:il|elle)\s)/u;

/**
 * The candidate with its bare `l'association` named after the one organisation of that kind the
 * article names; the candidate as it was otherwise.
 *
 * @example
 * // "Selon l'Association des hébergeurs, … L'association demande un comité de suivi."
 * nameBareOrganisation(candidate, analysis).prompt; // "Que demande l'Association des hébergeurs ?"
 */
export function nameBareOrganisation(candidate: Candidate, analysis: ArticleAnalysis): Candidate {
  if (candidate.prompt.startsWith("Complétez")) return candidate;
  const bare = BARE_NOUN.exec(candidate.prompt);
  const noun = bare?.[1];
  if (!bare || !noun) return candidate;
  const named = analysis.organisations.filter(
    // `la Région` alone is the noun capitalised, no name to give.
    (organisation) =>
      organisation.head?.noun === noun &&
      /^\p{Lu}/u.test(organisation.name) &&
      organisation.name.toLowerCase() !== noun,
  );
  const [organisation] = named;
  if (named.length !== 1 || !organisation) return candidate;
  return {
    ...candidate,
    prompt: candidate.prompt.replace(bare[0], withArticle(organisation)),
  };
}

function withArticle(organisation: Organisation): string {
  if (startsWithVowelSound(organisation.name)) return `l'${organisation.name}`;
  return `${organisation.head?.gender === "f" ? "la" : "le"} ${organisation.name}`;
}
