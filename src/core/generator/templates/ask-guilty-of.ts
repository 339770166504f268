/**
 * @module
 * What a person was found guilty of, as court reports say it outside the sentencing itself:
 * `Steve Bourassa avait été déclaré coupable en septembre d'incendie criminel et de méfait de
 * plus de 5000 $` → *De quoi Steve Bourassa avait-il été déclaré coupable ?*; `Réjean
 * Bouchard-Lavoie, 51 ans, avait plaidé coupable en septembre à des accusations de vol et de
 * recel` → *À quoi Réjean Bouchard-Lavoie avait-il plaidé coupable ?*. The offence is what the
 * trial is about (round 92: a key fact asked nowhere); one offence question a quiz.
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { endsIncomplete } from "../../french/grammar/ends-incomplete";
import type { Candidate } from "../candidate";
import { OFFENCE_TOPIC } from "./ask-why";

/** When, between the verdict and the offence: `en septembre`, `le 3 mars`, `mardi`. */
const WHEN = String.raw`(?:(?:en|le|au mois de)\s+[\p{L}\d ]{2,20}?\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?`;
/** `Steve Bourassa avait été déclaré coupable en septembre d'incendie criminel …`. */
const DECLARED = new RegExp(
  String.raw`^(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,\s+\d{1,2}\s+ans,)?\s+(?<aux>avait|a)\s+été\s+(?<verb>déclaré|reconnu)(?<agree>e?)\s+coupable\s+${WHEN}(?<offence>(?:de\s|d['’]|du\s|des\s)[^;:«»()]{4,140}?)(?=,|\.|$|\s(?:au terme|lors|par|devant|à l['’]issue)\s)`,
  "u",
);
/** `Réjean Thibodeau, 47 ans, avait plaidé coupable en septembre à deux chefs d'accusation …`. */
const PLEADED = new RegExp(
  String.raw`^(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,\s+\d{1,2}\s+ans,)?\s+(?<aux>avait|a)\s+plaidé\s+coupable\s+${WHEN}(?<offence>(?:à\s|aux\s)[^;:«»()]{4,140}?)(?=,|\.|$|\s(?:au terme|lors|devant|à l['’]issue)\s)`,
  "u",
);
/** Most words of an offence a student types back. */
const MAX_WORDS = 14;

/** What {@link readGuilty} reads of a verdict sentence. */
export interface GuiltyOf {
  /** The name that opens the sentence. */
  name: string;
  aux: string;
  /** `déclaré`, `reconnu`; undefined for `plaidé coupable`. */
  verb?: string;
  /** As written, with its preposition: `d'incendie criminel …`, `à des accusations de vol`. */
  offence: string;
}

/**
 * Reads `X avait été déclaré coupable … de …` or `X avait plaidé coupable … à …`, the offence
 * short enough to type back and naming an offence.
 *
 * @example
 * readGuilty("Steve Bourassa avait été déclaré coupable en septembre d'incendie criminel.")?.offence;
 * // "d'incendie criminel"
 */
export function readGuilty(text: string): GuiltyOf | undefined {
  if (!text.includes("coupable")) return undefined;
  const declared = DECLARED.exec(text);
  const match = declared ?? PLEADED.exec(text);
  const { name = "", aux = "", offence: written = "" } = match?.groups ?? {};
  const offence = written.trim();
  if (!match || endsIncomplete(offence) || offence.split(/\s+/u).length > MAX_WORDS) {
    return undefined;
  }
  // `à deux chefs d'accusation déposés en vertu de la Loi sur les pêches`: a count of charges
  // names no offence.
  if (/chefs?\s+d['’]accusation(?!\s+(?:de|d['’]))/u.test(offence)) return undefined;
  return { name, aux, offence, ...(declared ? { verb: declared.groups?.verb ?? "déclaré" } : {}) };
}

/**
 * *De quoi Steve Bourassa avait-il été déclaré coupable ?*, with `subject` as the question
 * names the person and the pronoun that stands for it (none: `est-ce que`).
 */
export function guiltyCandidate(
  read: GuiltyOf,
  subject: string,
  pronoun: string | undefined,
  sentence: Candidate["sentence"],
  reliability: number,
): Candidate {
  const { aux, verb: found, offence } = read;
  const t = aux === "a" ? "-t" : "";
  const feminine = pronoun === "elle";
  const verb = found ? `été ${found}${feminine ? "e" : ""} coupable` : "plaidé coupable";
  const head = found ? "De quoi" : "À quoi";
  const prompt = pronoun
    ? `${head} ${subject} ${aux}${t}-${pronoun} ${verb} ?`
    : `${head} est-ce que ${subject} ${aux} ${verb} ?`;
  // `d'incendie criminel et de méfait …` → `incendie criminel` accepted too: the first
  // offence alone names what the trial was about.
  const bare = offence.replace(/^(?:de\s|d['’]|à\s)/u, "");
  const first = bare.split(/\s+et\s+(?:de\s|d['’]|à\s)/u)[0] ?? bare;
  const shorter = [...new Set([bare, first].filter((form) => form !== offence))];
  return {
    template: "guilty-of",
    prompt,
    answer: { kind: "phrase", text: offence, asWritten: offence, shorter },
    sentence,
    reliability,
    topic: OFFENCE_TOPIC,
    choice: false,
  };
}

/**
 * Proposes *De quoi X avait-il été déclaré coupable ?* and *À quoi X avait-il plaidé coupable ?*.
 *
 * @example
 * askGuiltyOf(analysisOf("Steve Bourassa avait été déclaré coupable en septembre d'incendie criminel."))[0]?.prompt;
 * // "De quoi est-ce que Steve Bourassa avait été déclaré coupable ?"
 */
export function askGuiltyOf(analysis: ArticleAnalysis): Candidate[] {
  for (const sentence of analysis.sentences) {
    const read = readGuilty(sentence.text);
    const person = read && personNamed(analysis.people, read.name);
    if (!read || !person) continue;
    const pronoun = person.gender === "f" ? "elle" : person.gender === "m" ? "il" : undefined;
    return [guiltyCandidate(read, person.name, pronoun, sentence, 0.9)];
  }
  return [];
}

function personNamed(people: Person[], name: string): Person | undefined {
  return people.find((person) => person.name === name || person.aliases.includes(name));
}
