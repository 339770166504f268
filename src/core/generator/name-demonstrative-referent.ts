/**
 * @module
 * `Les travaux de ce tronçon avaient été ralentis …`: a why that says *ce tronçon* points back at
 * a sentence it does not show, and is dropped as such (of the why questions dev articles lost,
 * 87 in 1,236 said `ce`, `cette` or `ces`). When the article named the thing before with the
 * same noun, the question names it with the definite article (*les travaux du tronçon*). A noun
 * that sums up what was said (`cette décision`, `ce choix`, `cette hausse`) stays as written:
 * *la décision* would say no more.
 */

import type { ArticleAnalysis } from "../french/entities";
import { applyContractions } from "../french/grammar/apply-contractions";
import { startsWithVowelSound } from "../french/grammar/starts-with-vowel-sound";
import type { Candidate } from "./candidate";

/** `ce tronçon`, `cette campagne`, `ces litiges`: a demonstrative and the noun after it. */
const DEMONSTRATIVE_NOUN =
  /(?<![\p{L}-])(?<determiner>[Cc]e|[Cc]et|[Cc]ette|[Cc]es)\s+(?<noun>\p{Ll}[\p{Ll}-]*)(?![\p{L}'’])/gu;

/**
 * Nouns that sum up what a sentence before said, a change, a deed or a view, rather than name a
 * thing: their definite form would point back all the same.
 */
const SUMMING_UP =
  /^(?:décision|choix|mesure|situation|stratégie|évolution|refus|version|argument|thèse|hausse|baisse|recul|repli|progression|progrès|chute|augmentation|diminution|flambée|envolée|embellie|explosion|ralentissement|contraction|contre-performance|retard|report|record|succès|échec|performance|résultat|phénomène|problème|difficulté|démarche|initiative|annonce|affaire|incident|drame|accident|cas|sujet|question|point|type|genre|sorte|crise|pénurie|mortalité|tendance|écart|différence|niveau|chiffre|montant|somme|proportion|part|taux|bilan|constat|démission|départ|arrivée|projet|idée|manière|façon)s?$/u;

/** Nouns of a time or a moment: `cette année` dates, it does not point back. */
const TIME_NOUN =
  /^(?:derni\p{Ll}+|année|années|an|ans|édition|semaine|saison|mois|printemps|été|automne|hiver|week-end|soir|matin|midi|jour|jours|nuit|trimestre|semestre|siècle|moment|stade|fois|heure|heures|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/u;

/**
 * The why candidate with each `ce N` of its prompt named `le N` when the article said that noun
 * before the candidate's sentence (in its headline or body); the candidate as it was when one
 * of them sums up or was not named before.
 *
 * @example
 * // "La ligne Djelfa-Boughezoul … Les travaux de ce tronçon avaient été ralentis en raison de …"
 * nameDemonstrativeReferent(candidate, analysis, title).prompt;
 * // "Pourquoi les travaux du tronçon avaient-ils été ralentis à plusieurs reprises ?"
 */
export function nameDemonstrativeReferent(
  candidate: Candidate,
  analysis: ArticleAnalysis,
  headline = "",
): Candidate {
  if (
    candidate.template !== "why" ||
    !/(?<![\p{L}-])[Cc](?:e|et|ette|es)\s/u.test(candidate.prompt)
  ) {
    return candidate;
  }
  const before = `${headline}\n${analysis.body.slice(0, candidate.sentence.start)}`.toLowerCase();
  let named = true;
  const prompt = candidate.prompt.replace(
    DEMONSTRATIVE_NOUN,
    (whole, determiner: string, noun: string) => {
      if (TIME_NOUN.test(noun)) return whole;
      if (SUMMING_UP.test(noun) || !saidBefore(noun, before)) {
        named = false;
        return whole;
      }
      const plural = determiner.toLowerCase() === "ces";
      const article = plural
        ? "les"
        : startsWithVowelSound(noun)
          ? "l'"
          : determiner.toLowerCase() === "cette"
            ? "la"
            : "le";
      const capital = /^C/u.test(determiner);
      const written = `${article}${article.endsWith("'") ? "" : " "}${noun}`;
      return capital ? written.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : written;
    },
  );
  if (!named || prompt === candidate.prompt) return candidate;
  return { ...candidate, prompt: applyContractions(prompt) };
}

/** Whether the noun, singular or plural, stands in the text after a determiner or an adjective. */
function saidBefore(noun: string, text: string): boolean {
  const stem = noun.replace(/(?<=\p{L}{3})[sx]$/u, "");
  const forms = [...new Set([noun, stem, `${stem}s`, `${stem}x`])].join("|");
  return new RegExp(
    `(?<![\\p{L}])(?:le|la|les|l['’]|un|une|des|du|au|aux|son|sa|ses|leur|leurs)\\s*(?:\\p{Ll}+\\s+)?(?:${forms})(?![\\p{L}])`,
    "u",
  ).test(text);
}
