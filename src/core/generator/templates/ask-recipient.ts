/**
 * @module
 * *À qui … ?* on a prize or a sum given (`Le prix du meilleur court métrage est revenu à la
 * Marocaine Salma Idrissi` → *À qui le prix du meilleur court métrage est-il revenu ?*), and
 * *À quel documentaire … ?* when the receiver is a work named by its title (`il a été attribué
 * au documentaire « Port de Beyrouth »`): who won is the news of a prize list.
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { quelFor } from "../../french/grammar/quel-for";
import { subjectPronoun } from "../../french/grammar/subject-pronoun";
import { nounGender } from "../../french/lexicon/noun-gender";
import type { Candidate, CandidateAnswer } from "../candidate";
import { antecedents, type Clause, lowerDeterminer, readClause, verbAfterAux } from "./ask-clause";

/** Participles of giving (`décerné`, `attribuée`) and `revenu` with `être`. */
const GIVEN = /^(?:décern|attribu|remis|accord|octroy|revenu)/u;
/** A day between the verb and `à` (`est revenu samedi à …`). */
const DAY =
  /^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+soir)?|hier|également|aussi)\s+/u;
/** `au documentaire « Port de Beyrouth »`: a kind of work and its title. */
const WORK =
  /^(?:au|à la|à l['’])\s*(?<noun>\p{Ll}+(?:\s+métrage)?)\s+«\s*(?<title>[^«»]{2,60}?)\s*»/u;
/** `à la Marocaine `, `à l'actrice tunisienne `: words before the receiver's name. */
const BEFORE_NAME = /^(?:à|au)\s+(?:(?:la|le|l['’])\s*)?(?:[\p{L}-]+,?\s+){0,3}$/u;

/**
 * Proposes *À qui … ?* questions on what was given to a person or a work.
 *
 * @example
 * askRecipient(analysis)[0]?.prompt; // "À qui le prix du meilleur court métrage est-il revenu ?"
 */
export function askRecipient(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    if (!/\s(?:à|au)\s/u.test(sentence.text)) continue;
    const clause = readClause(sentence, analysis.people, false, before.get(sentence.start));
    if (!clause || clause.reflexive || !GIVEN.test(clause.participle)) continue;
    const revenu = /^revenu/u.test(clause.participle);
    if (revenu === clause.passive) continue;
    const rest = sentence.text.slice(clause.restOffset).replace(DAY, "").trimStart();
    const restStart = sentence.end - rest.length;
    const work = WORK.exec(rest)?.groups;
    const gender = work?.noun ? nounGender(work.noun.split(" ")[0] ?? "") : undefined;
    let wh: string;
    let answer: CandidateAnswer;
    if (work?.title && gender) {
      wh = `À ${quelFor(gender).toLowerCase()} ${work.noun}`;
      answer = { kind: "phrase", text: work.title };
    } else {
      const person = receiver(analysis.people, analysis.body, restStart);
      if (!person) continue;
      wh = "À qui";
      answer = { kind: "person", person };
    }
    const asked = recipientQuestion(wh, clause, analysis.people);
    if (!asked) continue;
    // `Sur le semi-marathon, la victoire est revenue à …`: which race the setting says; without
    // it *À qui la victoire est-elle revenue ?* has two winners (round 96: DEFECT for both).
    const setting = SETTING.exec(sentence.text)?.[1];
    const prompt = setting ? asked.replace(/\s\?$/u, ` ${lowerDeterminer(setting)} ?`) : asked;
    candidates.push({
      template: "recipient",
      prompt,
      answer,
      sentence,
      reliability: 0.85,
      topic: `recipient:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

/** A setting that opens the sentence before its subject: `Sur le semi-marathon,`. */
const SETTING = /^((?:Sur|Dans|Chez|Lors)\s[^,;:«»]{3,50}),\s+(?:le|la|les|l['’])/u;

/** The person named right after `à` (a role or a demonym may stand before the name). */
function receiver(people: Person[], body: string, at: number): Person | undefined {
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.start < at || mention.start > at + 60) continue;
      if (BEFORE_NAME.test(body.slice(at, mention.start))) return person;
    }
  }
  return undefined;
}

function recipientQuestion(wh: string, clause: Clause, people: Person[]): string | undefined {
  const name = clause.subject.replace(/^(?:M\.|Mme|Mlle|Me|Dr|Pr)\s+/u, "");
  // A person is not what is given: `X a été remis à Y` with a person X is another story.
  if (people.some((p) => p.name === name || p.aliases.includes(name))) return undefined;
  const pronoun = subjectPronoun(clause.subject, clause.plural);
  if (!pronoun) return undefined;
  const verb = verbAfterAux(clause);
  const t = /[ae]$/u.test(clause.aux) ? "-t" : "";
  return applyContractions(`${wh} ${clause.subject} ${clause.aux}${t}-${pronoun} ${verb} ?`);
}
