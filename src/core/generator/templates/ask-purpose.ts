/**
 * @module
 * *Que permettra la station ?* on what a thing makes possible (`Cette station permettra de
 * soulager les barrages de la région` → `de soulager les barrages de la région`): what a
 * project or an agreement changes, the stake of the news.
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { subjectPronoun } from "../../french/grammar/subject-pronoun";
import { standingAlone, toDefinite } from "../../french/grammar/to-definite";
import { pastParticiple } from "../../french/lexicon/verb-form";
import type { Candidate } from "../candidate";
import { antecedents, readClause, statementOf } from "./ask-clause";

/** What follows `permettre`: `de` and an infinitive, up to a comma or another clause. */
const MADE_POSSIBLE =
  /^\s*(?:(?:notamment|également|aussi|à terme|enfin)\s+)?(?<de>de\s+|d['’])(?<infinitive>\p{Ll}+(?:er|ir|re))(?<rest>(?:[^,;:«»"“”()]|,(?=\d))*)/u;
/** Where what is made possible stops: a relative, another clause, a purpose. */
const END =
  /\s(?:qui|que|qu['’]|dont|où|tandis|alors|afin|pour|selon|et\s+(?:de|d['’])|mais)(?:\s|$).*$/su;
/** What follows `viser`: `à` and an infinitive (`vise à décourager la contrebande`). */
const AIMED_AT =
  /^\s*(?:(?:notamment|également|aussi|avant tout|surtout)\s+)?(?<de>à\s+)(?<infinitive>\p{Ll}+(?:er|ir|re))(?<rest>(?:[^,;:«»"“”()]|,(?=\d))*)/u;
const MAX_ANSWER_WORDS = 8;
const MODALS = /^(?:doit|doivent|devrait|devraient|va|vont)$/u;

/**
 * Proposes *Que permettra … ?* questions.
 *
 * @example
 * askPurpose(analysis)[0]?.prompt; // "Que permettra la station ?"
 */
export function askPurpose(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    if (!/permet|permis|vis/u.test(sentence.text)) continue;
    // `« Cette station permettra de … », a-t-il déclaré`: the quotation states it.
    const stated = statementOf(sentence, analysis.sentences, analysis.people);
    if (!stated) continue;
    const { text } = stated;
    const clause = readClause({ text }, analysis.people, true, before.get(sentence.start));
    if (!clause || clause.passive || clause.reflexive || clause.plural) continue;
    // `Cette hausse vise à décourager la contrebande`: *À quoi la hausse vise-t-elle ?*
    const aim = clause.simple === "viser";
    const simple = clause.simple === "permettre" || aim;
    const compound = /^permis$/u.test(clause.participle) && clause.aux === "a";
    const modal = MODALS.test(clause.aux) && clause.participle === "permettre";
    if (!simple && !compound && !modal) continue;
    const after = text.slice(clause.restOffset);
    const match = (aim ? AIMED_AT : MADE_POSSIBLE).exec(after);
    if (!match?.groups || !pastParticiple(match.groups.infinitive ?? "")) continue;
    // `de révéler des couleurs « d'une fraîcheur inattendue »`: cut before a quotation, the
    // answer would be truncated.
    if (/^\s*[«"“(]/u.test(after.slice(match[0].length))) continue;
    const { de = "", infinitive = "", rest = "" } = match.groups;
    const what = `${infinitive}${rest.replace(END, "")}`.replace(/[.!?…\s]+$/u, "");
    const words = what.split(/\s+/u).length;
    // `permettra de créer` alone says nothing; a demonstrative points at another sentence.
    if (words < 3 || words > MAX_ANSWER_WORDS) continue;
    if (/(?<!\p{L})(?:ce|cet|cette|ces|y|en)(?!\p{L})/u.test(what)) continue;
    if (
      /(?<!\p{L})(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|un|une|et|en|par|sur)$/u.test(what)
    ) {
      continue;
    }
    const subject = standingAlone(clause.subject);
    if (!/^(?:le|la|les|l['’])\s*\p{L}/u.test(subject)) continue;
    const verb = compound ? "a permis" : modal ? `${clause.aux} permettre` : clause.aux;
    const pronoun = aim ? subjectPronoun(toDefinite(subject), false) : undefined;
    if (aim && !pronoun) continue;
    const t = /[ae]$/u.test(clause.aux) ? "-t" : "";
    const question = aim
      ? `À quoi ${toDefinite(subject)} ${clause.aux}${t}-${pronoun} ?`
      : `Que ${verb} ${toDefinite(subject)} ?`;
    candidates.push({
      template: "purpose",
      prompt: stated.attribute(applyContractions(question)),
      answer: {
        kind: "phrase",
        text: `${de}${what}`.replace(/(['’])\s+/gu, "$1"),
        asWritten: what,
      },
      sentence,
      reliability: 0.9,
      topic: `purpose:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}
