/**
 * @module
 * What a project, a law or a measure is for, as the story states it: `Le projet vise à soulager
 * le centre-ville des navetteurs` → *À quoi le projet vise-t-il ?* (`à soulager le centre-ville
 * des navetteurs`); `La nouvelle usine doit permettre de doubler la production` → *Que doit
 * permettre la nouvelle usine ?* (`doubler la production`). Blind grading: purposes and causes
 * are the questions teachers keep (why: 56 % GOOD, against 17 % for a blank).
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { pastParticiple } from "../../french/lexicon/verb-form";
import type { Candidate } from "../candidate";
import { antecedents, inViewOf, pronounFor, readClause } from "./ask-clause";
import { VOICE } from "./ask-why";

/** `à soulager le centre-ville …` after `vise`: `à`, an infinitive and what follows it. */
const AIMED_AT =
  /^\s*à\s+(?<infinitive>(?:ne pas\s+)?\p{Ll}+(?:er|ir|re))(?<rest>(?:[^,;:«»()]|(?<=\d),(?=\d))*)/u;
/**
 * `de doubler la production …` after `permettre`, or `aux clubs de la commune de recevoir …`:
 * to whom (a few words, no comma), then `de` and the infinitive.
 */
const MADE_POSSIBLE =
  /^\s*(?:(?<whom>(?:à|aux|au)\s+(?:[^,;:«»()\s]+\s+){0,6}?))?(?:de\s+|d['’])(?<infinitive>\p{Ll}+(?:er|ir|re))(?<rest>(?:[^,;:«»()]|(?<=\d),(?=\d))*)/u;
/** Where a purpose stops: a second purpose, a cause, a relative, a time to come. */
const PURPOSE_END =
  /\s(?:afin|pour|car|parce|en raison|faute|qui|que|qu['’]|dont|où|selon|alors|tandis|mais|et\s+(?:de|d['’]|à)\s|d['’]ici|dès|avant|après)(?!\p{L}).*$/u;
/** `, et de construire …`: a second purpose joined on. */
const SECOND_PURPOSE = /(?:^|[\s,])et\s+(?:de\s+|d['’]|à\s+)\p{Ll}+(?:er|ir|re)(?!\p{L})/u;
/** What is planned or built to make something possible: a project, a credit, a law, works, a facility. */
const PLAN =
  /^(?:le|la|les|l['’])\s*(?:(?:nouv\p{Ll}+|premi\p{Ll}+|second\p{Ll}*)\s+)?(?:projet|programme|plan|crédit|prêt|budget|loi|texte|réforme|mesure|travaux|chantier|usine|ligne|route|pont|opération|campagne|terrain|centre|unité|salle|magasin|station|barrage|forage|bâtiment|équipement|installation|infrastructure|dispositif|système|accord|convention|partenariat|financement|subvention|fonds|extension|rénovation|réhabilitation|remise en état|construction|aménagement|passerelle|centrale|atelier|parc|serre|chambre froide|clinique|hôpital|école|collège|marché|initiative|expérience)s?(?!\p{L})/u;
/** `combler un manque criant`, `répondre à un besoin`: a lack or a need, and nothing of what. */
const BARE_LACK =
  /^\p{Ll}+\s+(?:à\s+)?(?:un|une|le|la|ce|cette)\s+(?:manque|vide|besoin|lacune|déficit|retard)(?:\s+\p{Ll}+)?$/u;
/** A student types back a purpose of at most this many words. */
const MAX_WORDS = 9;
/**
 * A subject that points back (`cette mesure`, `celle-ci`) or names no one thing (`des analyses`)
 * says nothing the question shows; so does a purpose that points back (`effacer ce déficit`).
 */
const POINTING =
  /^(?:ce|cet|cette|ces|celui|celle|ceux|celles|il|elle|ils|elles|un|une|des)(?!\p{L})/u;
const POINTING_IN = /(?<!\p{L})(?:ce|cet|cette|ces)(?!\p{L})/u;

/**
 * Proposes *À quoi … vise-t-il ?* and *Que doit permettre … ?* on a clause that states a purpose.
 *
 * @example
 * askPurpose(analysis)[0]?.prompt; // "À quoi le projet vise-t-il ?"
 */
export function askPurpose(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    if (!/vis|permet|permis/u.test(sentence.text) || VOICE.test(sentence.text)) continue;
    const clause = readClause(sentence, analysis.people, true, before.get(sentence.start));
    if (!clause || clause.passive || clause.reflexive || clause.negation) continue;
    if (POINTING.test(clause.subject)) continue;
    const aims = clause.simple === "viser";
    // `L'initiative a permis à la boulangerie d'embaucher …`: what it made possible, done.
    const enables =
      clause.simple === "permettre" ||
      (clause.participle === "permettre" &&
        /^(?:doit|doivent|devrait|devraient|va|vont)$/u.test(clause.aux)) ||
      (clause.participle === "permis" && /^(?:a|ont|avait|avaient)$/u.test(clause.aux));
    if (!aims && !enables) continue;
    const match = (aims ? AIMED_AT : MADE_POSSIBLE).exec(sentence.text.slice(clause.restOffset));
    const { infinitive = "", rest = "", whom = "" } = match?.groups ?? {};
    const verb = infinitive.replace(/^ne pas\s+/u, "");
    if (!match || pastParticiple(verb) === undefined) continue;
    const purpose = `${infinitive}${rest.replace(PURPOSE_END, "")}`
      .replace(/[.!?…\s]+$/u, "")
      .trim();
    if (POINTING_IN.test(purpose)) continue;
    // `vise à combler un manque criant : …`: a lack, a gap or a need named bare is what the
    // colon goes on to tell (round 172: « clé vide de sens », DEFECT for both graders).
    if (BARE_LACK.test(purpose)) continue;
    // `de renouveler 4,3 km de conduites, dont …, et de construire un réservoir`: a second
    // purpose the key would leave out (round 137: « clé incomplète », DEFECT for both graders).
    if (SECOND_PURPOSE.test(sentence.text.slice(clause.restOffset + match[0].length - rest.length)))
      continue;
    // `La récolte devrait permettre de produire …`: only a plan is made to make something
    // possible (round 137: « question vague »).
    if (enables && !PLAN.test(clause.subject)) continue;
    const words = purpose.split(/\s+/u).length;
    // `de réduire les délais de`: cut on a preposition or an article, it is truncated.
    // What a thing allows is typed bare, without the `à` an aim keeps: one word fewer.
    if (words < 2 || words > (aims ? MAX_WORDS : MAX_WORDS - 1)) continue;
    if (/(?:^|\s)(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|en|et|ou|un|une)$/u.test(purpose)) {
      continue;
    }
    const pronoun = pronounFor(clause.subject, clause.plural, analysis.people);
    if (!pronoun) continue;
    const t = /[ae]$/u.test(clause.aux) ? "-t" : "";
    const prompt = aims
      ? `À quoi ${clause.subject} ${clause.aux}${t}-${pronoun} ?`
      : `Que ${clause.participle ? `${clause.aux} ${clause.participle}` : clause.aux} ${clause.subject}${whom ? ` ${whom.trim()}` : ""} ?`;
    const text = aims ? `à ${purpose}` : purpose;
    // `Selon le Conseil communal, l'extension permettra …`: a claim stays in its holder's mouth.
    const holder = /^Selon\s([^,;:«»]{2,60}),/u.exec(sentence.text)?.[1];
    candidates.push({
      template: "purpose",
      prompt: applyContractions(holder ? inViewOf(holder, prompt) : prompt),
      answer: {
        kind: "phrase",
        text,
        asWritten: aims ? text : `${/^[aeiouyéèêh]/iu.test(purpose) ? "d'" : "de "}${purpose}`,
      },
      sentence,
      reliability: 0.9,
      topic: `why:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}
