/**
 * @module
 * `Plusieurs spectatrices ont d'ailleurs pris la parole`: a word that ties a sentence to the one
 * before (`d'ailleurs`, `également`, `toutefois`, `ensuite`) means nothing in a question asked alone (round
 * 122: *Pourquoi … ont d'ailleurs pris la parole … ?*, DEFECT for both graders, « recopié hors
 * contexte »; round 127: *Pourquoi les sacs s'empilent-ils ensuite … ?*, « ensuite » hors
 * contexte). The question goes without it; a blank's sentence is quoted, and keeps it.
 */
import type { Candidate } from "./candidate";

/**
 * Discourse markers between two words of a question; `aussi … que` compares, and stays; `en
 * attendant` only last, where a why put the sentence's opening (`En attendant, le CRDA …`).
 */
const MARKER =
  /\s(?:d['’]ailleurs|par ailleurs|en outre|également|aussi(?!\s+\p{L}+\s+qu)|toutefois|pourtant|néanmoins|cependant|ensuite|de (?:son|leur) côté|en attendant(?=\s\?$))(?=\s)/gu;

/**
 * The candidate without the discourse markers of its question.
 *
 * @example
 * dropDiscourseMarkers(candidate).prompt;
 * // "Pourquoi la province crée-t-elle également un fonds ?" → "Pourquoi la province crée-t-elle un fonds ?"
 */
export function dropDiscourseMarkers(candidate: Candidate): Candidate {
  if (candidate.prompt.startsWith("Complétez")) return candidate;
  const prompt = candidate.prompt.replace(MARKER, "");
  return prompt === candidate.prompt ? candidate : { ...candidate, prompt };
}
