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
import { isMoneyUnit } from "../../french/lexicon/currencies";
import { nounGender } from "../../french/lexicon/noun-gender";
import { participleOf, pastParticiple } from "../../french/lexicon/verb-form";
import { type Candidate, figureQuestion } from "../candidate";
import { sentenceContaining } from "../sentence-containing";
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
const TIME_BETWEEN =
  /^\s*(?:(?:par ailleurs|aussi|également|en outre|notamment|enfin|ainsi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|ce\s+\p{Ll}+|cette\s+\p{Ll}+)(?:\s+(?:soir|matin|après-midi|dernier))?\s*)*$/u;
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
  for (const quantity of analysis.quantities) {
    if (!isMoneyUnit(quantity.unit)) continue;
    const sentence = sentenceContaining(analysis.sentences, quantity.start);
    if (!sentence) continue;
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
