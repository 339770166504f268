/**
 * @module
 * What was done, asked of a passive: `Une unité d'hémodialyse de 24 lits a été inaugurée samedi
 * au CHU du Point G` → *Qu'est-ce qui a été inauguré samedi au CHU du Point G ?* The lede of
 * news often writes its event so, with no one to ask about (or the doer after `par`).
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { toMasculineParticiple } from "../../french/grammar/to-masculine-participle";
import { nounGender } from "../../french/lexicon/noun-gender";
import { isRoleNoun } from "../../french/lexicon/role-nouns";
import type { Candidate } from "../candidate";
import { isEventParticiple, readClause } from "./ask-clause";

/** A passive's auxiliary, as `Qu'est-ce qui` (singular) takes it. */
const SINGULAR_AUX: Readonly<Record<string, string>> = {
  a: "a",
  ont: "a",
  avait: "avait",
  avaient: "avait",
  est: "est",
  sont: "est",
  sera: "sera",
  seront: "sera",
  était: "était",
  étaient: "était",
  serait: "serait",
  seraient: "serait",
};
/** `Une unité d'hémodialyse de 24 lits`: a determiner, maybe an adjective, then a noun. */
const THING =
  /^(?:[Ll]e|[Ll]a|[Ll]es|[Uu]ne?|[Dd]es|[Ll]['’])\s*(?:(?:nouvel(?:le)?s?|nouveaux?|premier|première|premiers|premières|grand|grande|grands|grandes|vaste|important|importante)\s+)?(\p{Ll}[\p{Ll}-]*)/u;
/** People the roles list leaves out: kin, ages, parties to a case. */
const PEOPLE =
  /^(?:homme|femme|enfant|adolescent|adolescente|jeune|fils|fille|frère|sœur|père|mère|victime|suspect|suspecte|prévenu|prévenue|accusé|accusée|conducteur|conductrice|passager|passagère|élève|étudiant|étudiante|patient|patiente|habitant|habitante|riverain|riveraine|individu|personne|délégation|équipe|groupe|famille)s?$/u;
/** `une quarantaine de`, `l'essentiel des`: a share or a rough count of things. */
const PART =
  /^(?:essentiel|plupart|ensemble|majorité|minorité|partie|reste|totalité|moitié|tiers|quart|\p{Ll}+aine)$/u;
/** Verbs done to people (`le passeur présumé a été arrêté`): asked *Qui … ?*, not *Qu'est-ce qui*. */
const DONE_TO_PEOPLE =
  /^(?:arrêt|condamn|élu|nomm|recrut|form|soign|secour|évacu|relog|accueilli|interpell)/u;
/** Where the circumstances the question keeps end: a new clause or an aside. */
const REST_END =
  /\s*(?:[,;:(«»]|\s[-–—]\s|\s(?:qui|que|qu['’]|dont|où|afin|alors|tandis|mais)(?!\p{L}))/u;
/** A question keeps this many words of what follows the verb: more and it reads the sentence out. */
const MAX_REST_WORDS = 14;

/**
 * Proposes *Qu'est-ce qui a été … ?* of a passive whose subject is a thing named by three words
 * or more, whose verb is an event's (inaugurated, launched, adopted…), with the circumstances
 * written after the verb (when, where, by whom) to say which event.
 *
 * @example
 * askWhatWasDone(analyseArticle(parseArticle("T\n\nLe nouveau pont de la Sanaga a été inauguré samedi à Édéa.")))[0]?.prompt;
 * // "Qu'est-ce qui a été inauguré samedi à Édéa ?"
 */
export function askWhatWasDone(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    const clause = readClause(sentence, analysis.people, false);
    if (!clause?.passive || clause.negation) continue;
    const [participle = "", ...locution] = clause.participle.split(" ");
    const aux = SINGULAR_AUX[clause.aux];
    if (!aux || !isEventParticiple(participle) || DONE_TO_PEOPLE.test(participle)) continue;
    // `Un hélicoptère … a aussi été mis en alerte`: one of several things; *Qu'est-ce qui a été
    // mis en alerte ?* has more than one answer (round 121, DEFECT: « sans contexte, ambigu »).
    if (
      /\s(?:a|ont|avait|avaient)\s+(?:aussi|également|en outre|de plus|lui aussi|elle aussi)\s+été\s/u.test(
        sentence.text,
      )
    ) {
      continue;
    }
    // The subject as the sentence writes it, up to its auxiliary.
    const verbAt = sentence.text.lastIndexOf(` ${clause.aux} `, clause.restOffset);
    const subject = sentence.text
      .slice(clause.subjectOffset, verbAt)
      .replace(/\s*\([^()]*\)/gu, "");
    const head = THING.exec(subject)?.[1] ?? "";
    const words = subject.split(/\s+/u);
    if (
      !head ||
      words.length < 3 ||
      words.length > 12 ||
      nounGender(head) === undefined ||
      isRoleNoun(head) ||
      PEOPLE.test(head) ||
      // `l'essentiel des médicaments`, `une quarantaine de plaintes`: a share or a count, no thing.
      PART.test(head) ||
      // `Les trains InterCity et InterRegio`: two things, one question each.
      /,(?!\d)|\s(?:et|ou)\s/u.test(subject) ||
      analysis.people.some((person) => subject.includes(person.surname))
    ) {
      continue;
    }
    // `au Centre hospitalier universitaire (CHU) du Point G`: the acronym goes, not what follows.
    const after = sentence.text.slice(clause.restOffset).replace(/\s*\([^()]*\)/gu, "");
    const rest = after
      .slice(0, REST_END.exec(after)?.index ?? after.length)
      .replace(/[.!?]$/u, "")
      .trim();
    const restWords = rest.split(/\s+/u).filter(Boolean);
    // `Le texte a été adopté.`: which event, the question must say.
    if (restWords.length < 2 || restWords.length > MAX_REST_WORDS) continue;
    // `a été chargée de désinfecter`: the verb's complement is an action, not a circumstance;
    // `a été ouverte et durera …`: a second verb; `mis à leur disposition`: whose, unsaid.
    if (/^(?:(?:de|d['’]|à)\s*\p{Ll}+(?:er|ir|re)(?!\p{L})|(?:et|ou)\s)/u.test(rest)) continue;
    // `sera mise en place par Noertrange`: `par` and a bare name is the way, not the doer; the
    // question reads it as the agent (round 88: « énoncé trompeur »).
    const by = /(?:^|\s)par\s+(\p{Lu}[\p{L}'’-]*)(?:\s|$)/u.exec(rest)?.[1];
    if (
      by &&
      !analysis.people.some((person) => person.name.includes(by)) &&
      !analysis.organisations.some((organisation) => organisation.name.includes(by))
    ) {
      continue;
    }
    // `le jour même`, `dans la foulée`: when, said by the sentence before.
    if (
      /(?<!\p{L})(?:leur|leurs|son|sa|ses|lui|eux|celle-ci|celui-ci|même|foulée)(?!\p{L})|-là(?!\p{L})/u.test(
        rest,
      )
    )
      continue;
    const been = clause.simplePassive ? "" : "été ";
    const verb = [toMasculineParticiple(participle), ...locution].join(" ");
    const answer = subject.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
    candidates.push({
      template: "what-was-done",
      prompt: applyContractions(`Qu'est-ce qui ${aux} ${been}${verb} ${rest} ?`),
      answer: { kind: "phrase", text: answer, ...shorterOf(answer) },
      sentence,
      reliability: 0.8,
      topic: `what:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

/** `une unité d'hémodialyse de 24 lits` → `une unité d'hémodialyse`: what a student may write. */
function shorterOf(answer: string): { shorter?: string[] } {
  const words = answer.split(" ");
  for (let cut = words.length - 1; cut >= 3; cut -= 1) {
    if (/^(?:de|du|des|d['’].*)$/u.test(words[cut] ?? "")) {
      return { shorter: [words.slice(0, cut).join(" ")] };
    }
  }
  return {};
}
