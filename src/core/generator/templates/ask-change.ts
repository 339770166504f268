/**
 * @module
 * How much a figure changed, the news of many economy and society stories: `La récolte est
 * passée de 61 à 28 millions de livres` → *À combien la récolte est-elle passée ?*; `Le prix du
 * riz a chuté de 30 %` → *De combien le prix du riz a-t-il chuté ?*; `Le temps d'attente a été
 * réduit de huit jours à moins de 48 heures` → *À combien le temps d'attente a-t-il été réduit ?*.
 */
import type { ArticleAnalysis, Quantity } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { toDefinite } from "../../french/grammar/to-definite";
import { parseFrenchNumber } from "../../french/parse-french-number";
import type { Candidate } from "../candidate";
import { antecedents, type Clause, pronounFor, readClause, verbAfterAux } from "./ask-clause";

/** Verbs of a change, as a participle of a compound past or a passive, or an infinitive. */
const CHANGE_PARTICIPLE =
  /^(?:passé|chuté|baissé|diminué|reculé|augmenté|progressé|bondi|grimpé|crû|fondu|plongé|remonté|tombé|réduit|ramené|relevé|abaissé|porté)(?:e|s|es)?$/u;
const CHANGE_INFINITIVE =
  /^(?:chuter|baisser|diminuer|reculer|augmenter|progresser|bondir|grimper|croître|plonger|remonter)$/u;
/** Only a passive says the change (`a été réduit de … à …`); these are transitive otherwise. */
const PASSIVE_ONLY = /^(?:réduit|ramené|relevé|abaissé|porté)/u;
/** `de`, and a word of approximation, before the first figure. */
const FROM = /^\s+(?:de\s+|d['’])(?:(?:plus|moins|près)\s+(?:de\s+|d['’])|environ\s+|quelque\s+)?/u;
/** `à`, a time or two before it, and a word of approximation, before the second figure. */
const TO =
  /^(?:\s+(?:en|l['’]an|l['’]année|cette année|fin)\s*[^,;:à]{0,20})?\s+à\s+(?:(?:plus|moins|près)\s+(?:de\s+|d['’])|environ\s+|quelque\s+)?/u;

/**
 * Proposes *De combien … ?* and *À combien … ?* on a figure that changed.
 *
 * @example
 * askChange(analysis)[0]?.prompt; // "De combien le prix du riz a-t-il chuté ?"
 */
export function askChange(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
    if (!clause || clause.reflexive || !isChange(clause)) continue;
    const rest = sentence.text.slice(clause.restOffset);
    const from = FROM.exec(rest);
    if (!from) continue;
    const firstStart = sentence.start + clause.restOffset + from[0].length;
    // `de six à trois jours`: the first figure shares the second's unit.
    const first = quantityAt(analysis, firstStart) ?? bareFigureAt(analysis, firstStart);
    if (!first) continue;
    const after = analysis.body.slice(first.end, sentence.end);
    const to = TO.exec(after);
    const second = to ? quantityAt(analysis, first.end + to[0].length) : undefined;
    // `de 30 %`: by how much. `de huit jours à 48 heures`: the figure reached, asked here of
    // a passive (`a été réduit de … à …`); ask-estimate asks it of any other verb.
    if (to && !clause.passive) continue;
    const answer = to ? second : quantityAt(analysis, firstStart);
    if (!answer || (to && !second)) continue;
    const prompt = changeQuestion(analysis, clause, second ? "À combien" : "De combien");
    if (!prompt) continue;
    candidates.push({
      template: "change",
      prompt,
      answer: { kind: "number", quantity: answer },
      sentence,
      reliability: 0.9,
      topic: `change:${sentence.start}`,
      choice: true,
    });
  }
  return candidates;
}

function isChange(clause: Clause): boolean {
  if (clause.simple) return CHANGE_INFINITIVE.test(clause.simple);
  if (!CHANGE_PARTICIPLE.test(clause.participle)) return false;
  return clause.passive || !PASSIVE_ONLY.test(clause.participle);
}

/** A figure without its unit right before `à` (`six`, `200`): where it ends. */
function bareFigureAt(analysis: ArticleAnalysis, start: number): { end: number } | undefined {
  const figure = /^(?:\d[\d\s.,]*\d|\d|\p{Ll}+(?:-\p{Ll}+)*)(?=\s+à\s)/u.exec(
    analysis.body.slice(start, start + 30),
  )?.[0];
  if (!figure || (!/^\d/u.test(figure) && parseFrenchNumber(figure) === undefined))
    return undefined;
  return { end: start + figure.length };
}

function quantityAt(analysis: ArticleAnalysis, start: number): Quantity | undefined {
  return analysis.quantities.find((quantity) => quantity.start === start);
}

function changeQuestion(analysis: ArticleAnalysis, clause: Clause, head: string): string {
  const subject = toDefinite(clause.subject);
  const verb = verbAfterAux(clause);
  const tail = verb ? ` ${verb}` : "";
  const pronoun = pronounFor(clause.subject, clause.plural, analysis.people);
  if (!pronoun) return applyContractions(`${head} est-ce que ${subject} ${clause.aux}${tail} ?`);
  const t = /[ae]$/u.test(clause.aux) ? "-t" : "";
  return applyContractions(`${head} ${subject} ${clause.aux}${t}-${pronoun}${tail} ?`);
}
