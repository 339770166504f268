/**
 * @module
 * Who was sentenced, when the lede leaves them unnamed: `Le tribunal correctionnel de
 * Saint-Denis a condamné jeudi un pêcheur de 46 ans … Jean-Hugues Técher avait été contrôlé …`
 * → *Comment s'appelle le pêcheur de 46 ans condamné jeudi ?* (Jean-Hugues Técher). A court
 * report's lede calls the convicted `un homme de 41 ans`, `un ancien magasinier`, and names him
 * a sentence or two later: tying the two is reading, and his name is the key fact teachers ask
 * (round 92's three court reports: the name was a key fact in each, asked in none).
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { toDefinite } from "../../french/grammar/to-definite";
import { WEEKDAY_NAMES } from "../../french/lexicon/weekday-names";
import type { Candidate } from "../candidate";
import { guiltyCandidate, readGuilty } from "./ask-guilty-of";

/** How far into the article the unnamed person is looked for: the lede and the paragraph after. */
const LEDE_SENTENCES = 3;
/** How many sentences after the verdict the name may come. */
const NAMED_WITHIN = 2;
/** A weekday, alone or with its date or part of day: `jeudi`, `mardi 11 novembre`, `lundi soir`. */
const DAY = String.raw`(?:${WEEKDAY_NAMES})(?:\s+\d{1,2}(?:er)?\s+\p{Ll}+)?(?:\s+(?:matin|soir|après-midi|dernier))?`;
/** `a condamné jeudi un pêcheur de 46 ans`: the day and the person, indefinite and alone. */
const ACTIVE = new RegExp(
  String.raw`\s(?:a|avait)\s+condamné(?:,?\s+(?<day>${DAY}),?)?(?:\s+à\s+[^,;:()«»]{3,60}?(?=\s+(?:un|une)\s))?\s+(?<person>(?:un|une)\s+(?:[^,;:()«»]|\(\p{Lu}{2,10}\)){3,120}?)(?=,|\s+à\s)`,
  "u",
);
/** `Un homme de 41 ans de Shawinigan, …, a été condamné jeudi à …`: the person opens the sentence. */
const PASSIVE = new RegExp(
  String.raw`^(?<person>(?:Un|Une)\s+[^,;:()«»]{3,90}?)(?:,[^;:«»]{0,160},)?\s+a\s+été\s+condamné(?<e>e?)(?:,?\s+(?<day>${DAY}),?)?\s`,
  "u",
);
/** Those whose name a court report gives besides the convicted: the bench, the bar, the victim. */
const NOT_CONVICTED =
  /(?<!\p{L})(?:juge|procureure?|substitut|avocate?|président|présidente|greffier|greffière|victime|maître|me|témoin|enquêteur|enquêtrice|expert|experte)(?!\p{L})/iu;
/** `Le prévenu, Brahim Ait Lahcen, 54 ans, …`, `Le principal prévenu, …`: the name after his role in the case. */
const CASE_ROLE =
  /^(?:Le|La|L['’])\s*(?:principale?\s+)?(?:prévenue?|accusée?|condamnée?|mise? en cause)\s*,\s+/u;

/**
 * Proposes *Comment s'appelle le … condamné … ?* on the person a court report's lede sentences
 * without naming, keyed with the name a later sentence gives.
 *
 * @example
 * askConvicted(analysisOf("Le tribunal a condamné jeudi un pêcheur de 46 ans à quatre mois de prison. Jean-Hugues Técher avait été contrôlé en janvier."))[0]?.prompt;
 * // "Comment s'appelle le pêcheur de 46 ans condamné jeudi ?"
 */
export function askConvicted(analysis: ArticleAnalysis): Candidate[] {
  const { sentences } = analysis;
  for (const [index, sentence] of sentences.slice(0, LEDE_SENTENCES).entries()) {
    if (!sentence.text.includes("condamné")) continue;
    const match = ACTIVE.exec(sentence.text) ?? PASSIVE.exec(sentence.text);
    const written = match?.groups?.person;
    if (!match || !written) continue;
    // `un géomètre de 52 ans, Komlan Dzidzonou, à …`: named in the verdict itself, which other
    // questions ask with the name (*À quelle peine … a-t-il condamné Komlan Dzidzonou ?*).
    const after = sentence.text.slice((match.index ?? 0) + match[0].length);
    if (namedAt(analysis.people, after.replace(/^,\s+/u, ""))) continue;
    const person = sentences
      .slice(index + 1, index + 1 + NAMED_WITHIN)
      .map((next) => namedAt(analysis.people, next.text.replace(CASE_ROLE, "")))
      .find((found) => found !== undefined);
    if (!person) continue;
    const described = describe(written);
    if (!described) continue;
    const feminine = /^une\s/iu.test(written) || match.groups?.e === "e";
    const day = match.groups?.day ? ` ${match.groups.day}` : "";
    // `Steve Bourassa avait été déclaré coupable … d'incendie criminel`: the offence, asked of
    // the person as the lede describes him (his name would give the question above away).
    const named = sentences
      .slice(index + 1, index + 1 + NAMED_WITHIN)
      .map((next) => ({ next, read: readGuilty(next.text) }))
      .find(({ read }) => read && namedAt([person], read.name));
    const offence =
      named?.read &&
      guiltyCandidate(named.read, described, feminine ? "elle" : "il", named.next, 0.92);
    return [
      ...(offence ? [offence] : []),
      {
        template: "convicted",
        prompt: `Comment s'appelle ${described} condamné${feminine ? "e" : ""}${day} ?`,
        answer: { kind: "person", person },
        sentence,
        reliability: 0.9,
        topic: `convicted:${person.name}`,
        choice: false,
      },
    ];
  }
  return [];
}

/** The person whose name opens `text` (`Steve Bourassa avait …`), if no role sets them apart. */
function namedAt(people: Person[], text: string): Person | undefined {
  return people.find(
    (person) =>
      [person.name, ...person.aliases].some(
        (name) => text.startsWith(name) && !/^[\p{L}'’-]/u.test(text.slice(name.length)),
      ) && !person.roles.some((role) => NOT_CONVICTED.test(role.text)),
  );
}

/**
 * `un pêcheur de 46 ans` → `le pêcheur de 46 ans`, `Un homme de 41 ans de Shawinigan` → `l'homme
 * de 41 ans de Shawinigan`, `un ancien magasinier de la Centrale …` → `l'ancien magasinier`: the
 * head and what tells him apart at a glance (an age, a town), not a long complement.
 */
function describe(written: string): string | undefined {
  const words = written.replace(/^U/u, "u").split(/\s+/u);
  const kept: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? "";
    const next = words[at + 1] ?? "";
    if (/^(?:de|d['’].*)$/u.test(word) && at > 1) {
      // `de 46 ans`, `de Shawinigan`, `de Bras-Panon`: kept; `de la Centrale …`: the end.
      if (word === "de" && /^\d+$/u.test(next) && /^ans?$/u.test(words[at + 2] ?? "")) {
        kept.push(word, next, words[at + 2] ?? "");
        at += 2;
        continue;
      }
      if (word === "de" && /^\p{Lu}[\p{Ll}-]+$/u.test(next) && at + 2 >= words.length) {
        kept.push(word, next);
        at += 1;
        continue;
      }
      break;
    }
    // A participle or a relative ends the description (`domicilié à`, `qui gérait`).
    if (
      at > 1 &&
      /^(?:qui|que|domiciliée?|originaire|âgée?|reconnue?|poursuivie?|accusée?)$/u.test(word)
    )
      break;
    kept.push(word);
  }
  // `un homme` alone, `une femme` alone: fine; a count (`un des prévenus`) or more than six
  // words is not one person described.
  if (kept.length < 2 || kept.length > 7 || /^(?:des|d['’])/u.test(kept[1] ?? "")) return undefined;
  return toDefinite(kept.join(" "));
}
