/**
 * @module
 * *Who did it* questions from active sentences whose subject is a person:
 * `La maire de Nantes, Johanna Rolland, a inauguré samedi la ligne 6` →
 * *Qui a inauguré la ligne 6 ?*
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { participleOf } from "../../french/lexicon/verb-form";
import type { Candidate } from "../candidate";
import { URGING_VERBS } from "./ask-clause";

/**
 * After the subject: an apposition or not, then a compound past and what follows, up to a
 * punctuation mark that is no decimal one (`2,4 millions`).
 */
const ACTION =
  /^(?:,[^,]{1,120},|,)?\s+(?<aux>a|ont)\s+(?<participle>\p{Ll}+(?:é|i|u|is|it|t|ert|ert))\s+(?<rest>(?:[^,.;:«»"]|[,.](?=\d))+)/u;
const OBJECT_START = /^(?:le|la|les|l['’]|un|une|des|du|de la|de l['’])\s*\p{L}/u;
/** Words after which the object is over: circumstances, not what was done. */
const OBJECT_END =
  /\s(?:en présence|lors d|à l['’]occasion|au cours|pendant|devant|avant|après|depuis|afin|pour|avec|dans le cadre|qui|que|dont|où)(?![\p{L}]).*$/u;
const MAX_OBJECT_WORDS = 10;

/**
 * Proposes *Qui a [fait] [quoi] ?* for sentences that open on a person.
 *
 * @example
 * askSubjectAction(analysis)[0]?.prompt; // "Qui a inauguré la ligne 6 du tramway ?"
 */
export function askSubjectAction(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    const opening = openingPerson(analysis.people, sentence.start, sentence.text);
    if (!opening) continue;
    const match = ACTION.exec(analysis.body.slice(opening.end, sentence.end));
    const participle = match?.groups?.participle;
    let rest = match?.groups?.rest ?? "";
    // `a assuré que la station sera…`: what follows is a clause, not an object.
    if (!match || !participle || /^\s*(?:que|qu['’])/u.test(rest)) continue;
    // `a salué un ouvrage | « qui change la vie … »`: the object goes on in a quotation.
    const after = analysis.body.slice(opening.end + match.index + match[0].length, sentence.end);
    if (/^\s*«/u.test(after)) continue;
    for (const date of analysis.dates) rest = rest.replace(date.text, " ");
    rest = rest.replace(/^\s*(?:à|au|en)\s+\p{Lu}[\p{L}-]*\s*/u, "").replace(OBJECT_END, "");
    // `(environ 2,4 millions d'euros)`: an aside, not the object.
    const object = rest
      .replace(/\s*\([^()]*\)/gu, "")
      .replace(/\s*\([^()]*$/u, "")
      .replace(/\s+/g, " ")
      .trim();
    if (!OBJECT_START.test(object) || object.split(" ").length > MAX_OBJECT_WORDS) continue;
    // `a appelé les caféiculteurs, mercredi, à la patience`: urged to what is cut off.
    const urged = URGING_VERBS.has(participleOf(participle) ?? "");
    if (urged && !/(?<!\p{L})à\s/u.test(object) && /(?<!\p{L})à\s/u.test(after)) continue;
    candidates.push({
      template: "subject-action",
      prompt: applyContractions(`Qui a ${participle} ${object} ?`),
      answer: { kind: "person", person: opening.person },
      sentence,
      reliability: 0.9,
      topic: `action:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

/**
 * The person a sentence opens on, directly (`Johanna Rolland a…`) or after a role apposition
 * (`La maire de Nantes, Johanna Rolland, a…`); `end` is where the name ends.
 */
function openingPerson(people: Person[], sentenceStart: number, text: string) {
  const role = /^(?:(?:Le|La|L['’])\s*[^,]{2,100},\s*)?/u.exec(text)?.[0] ?? "";
  const at = sentenceStart + role.length;
  for (const person of people) {
    const mention = person.mentions.find((m) => m.start === at);
    if (mention) return { person, end: mention.end };
  }
  return undefined;
}
