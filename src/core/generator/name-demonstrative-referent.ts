/**
 * @module
 * `Les travaux de ce tronçon avaient été ralentis …`: a why that says *ce tronçon* points back at
 * a sentence it does not show, and is dropped as such (of the why questions dev articles lost,
 * 87 in 1,236 said `ce`, `cette` or `ces`). When the article introduced the thing before with an
 * indefinite article and the same noun, the question names it with the definite article (*les
 * travaux du tronçon*). A noun that sums up what was said (`cette décision`) stays as written.
 */

import type { ArticleAnalysis } from "../french/entities";
import { applyContractions } from "../french/grammar/apply-contractions";
import { standingAlone } from "../french/grammar/to-definite";
import type { Candidate } from "./candidate";
import { CHANGE_REFERENCE } from "./name-change-referent";

/** `ce tronçon`, `cette campagne`, `ces litiges`: a demonstrative and the noun after it. */
const DEMONSTRATIVE_NOUN =
  /(?<![\p{L}-])(?<determiner>[Cc]e|[Cc]et|[Cc]ette|[Cc]es)\s+(?<noun>\p{Ll}[\p{Ll}-]*)(?![\p{L}'’])/gu;

/** `cette année`, `ce matin`: a time, which dates and points at nothing. */
const A_TIME =
  /^(?:années?|ans?|semaine|saison|mois|jours?|nuit|matin|soir|été|hiver|automne|printemps|week-end|fois|derni\p{Ll}+)$/u;

/**
 * The why candidate with each `ce N` of its prompt named `le N` when the article introduced that
 * noun before the candidate's sentence (in its headline or body); the candidate as it was when
 * one of them was not introduced so, or names a change (left to nameChangeReferent).
 *
 * @example
 * // "La ligne … sur un tronçon de 140 km. Les travaux de ce tronçon avaient été ralentis en raison de …"
 * nameDemonstrativeReferent(candidate, analysis, title).prompt;
 * // "Pourquoi les travaux du tronçon avaient-ils été ralentis à plusieurs reprises ?"
 */
export function nameDemonstrativeReferent(
  candidate: Candidate,
  analysis: ArticleAnalysis,
  headline = "",
): Candidate {
  // `cette flambée`: a change is named after what changed, by nameChangeReferent, or not at all.
  if (
    candidate.template !== "why" ||
    CHANGE_REFERENCE.test(candidate.prompt) ||
    !/(?<![\p{L}-])[Cc](?:e|et|ette|es)\s/u.test(candidate.prompt)
  ) {
    return candidate;
  }
  const before = `${headline}\n${analysis.body.slice(0, candidate.sentence.start)}`.toLowerCase();
  let named = true;
  const prompt = candidate.prompt.replace(
    DEMONSTRATIVE_NOUN,
    (whole, determiner: string, noun: string) => {
      if (A_TIME.test(noun)) return whole;
      if (!introducedBefore(noun, before)) {
        named = false;
        return whole;
      }
      const written = standingAlone(`${determiner.toLowerCase()} ${noun}`);
      const capital = /^C/u.test(determiner);
      return capital ? written.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : written;
    },
  );
  if (!named || prompt === candidate.prompt) return candidate;
  return { ...candidate, prompt: applyContractions(prompt) };
}

/**
 * Whether the text introduced the noun, singular or plural, with an indefinite article (`une
 * campagne de vaccination`, `des litiges`): a thing named anew, which the demonstrative takes up.
 * A noun that sums up what was said (`cette décision`, `ce choix`, `cette hausse`) was told by a
 * verb, not introduced so.
 */
function introducedBefore(noun: string, text: string): boolean {
  const stem = noun.replace(/(?<=\p{L}{3})[sx]$/u, "");
  const forms = [...new Set([noun, stem, `${stem}s`, `${stem}x`])].join("|");
  return new RegExp(
    `(?<![\\p{L}])(?:un|une|des|deux|trois|quatre|plusieurs)\\s+(?:\\p{Ll}+\\s+)?(?:${forms})(?![\\p{L}])`,
    "u",
  ).test(text);
}
