/**
 * @module
 * The clauses {@link readClause} leaves to others, read for a question that keeps the verb as
 * written (*Pourquoi … ?*): a pronominal verb in a simple tense (`L'enquête se poursuit`), a
 * copula and its attribute (`L'entrée sera gratuite`, `La filière reste fragile`) and a modal
 * with its infinitive (`Le conseil doit se réunir`). The subject is a plain noun phrase or a
 * name, never a pronoun, a relative or an apposition: what the question leaves out of it would
 * change what it asks.
 */

import type { Person } from "../../french/entities";
import { nounGender } from "../../french/lexicon/noun-gender";
import { finiteVerb } from "../../french/lexicon/verb-form";
import { allMatches } from "../../text/all-matches";
import { type Clause, lowerDeterminer } from "./ask-clause";

/** A subject that opens on a determiner or a name, and holds no clause. */
const PLAIN_SUBJECT =
  /^(?:(?:Le|La|Les|L['’]|Un|Une|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Certaines?|Certains|Plusieurs|Chaque)\s*\p{L}|\p{Lu}\p{Ll})/u;
/** What a plain subject cannot hold. */
const NOT_PLAIN =
  /(?<!\p{L})(?:qui|que|qu['’]|dont|où|il|elle|ils|elles|on|je|j['’]|nous|vous|ne|n['’]|se|s['’]|selon|et|ou)(?!\p{L})|[,;:«»"“”()]/iu;
/** The copulas and verbs of state whose attribute the question keeps. */
const COPULA =
  /^(?:est|sont|était|étaient|sera|seront|serait|seraient|reste|restent|restera|resteront|restait|restaient|demeure|demeurent|semble|semblent|paraît|paraissent)$/u;
/** Modals before an infinitive. */
const MODAL =
  /^(?:doit|doivent|devra|devront|devrait|devraient|peut|peuvent|pourra|pourront|pourrait|pourraient|va|vont)$/u;
/** `Les …`, `Certains …`: a plural subject. */
const PLURAL_SUBJECT =
  /^(?:les|des|ces|leurs|ses|certain(?:e)?s|plusieurs|quelques|de nombreu(?:x|ses))(?!\p{L})/iu;
const PLURAL_COPULA = /(?:ont|ent|aient|issent)$/u;
const MAX_SUBJECT_WORDS = 8;

/**
 * The subject and verb of a clause in a simple tense whose verb is pronominal, a copula or a
 * modal, or undefined.
 *
 * @example
 * readPlainClause("L'entrée sera gratuite chaque premier dimanche du mois", []);
 * // { subject: "l'entrée", aux: "sera", … restOffset: 16 }
 */
export function readPlainClause(text: string, people: Person[]): Clause | undefined {
  if (!PLAIN_SUBJECT.test(text)) return undefined;
  const words = allMatches(text, /[\p{L}\d'’-]+|[^\s\p{L}\d]/gu);
  for (let index = 1; index < Math.min(words.length, MAX_SUBJECT_WORDS + 2); index += 1) {
    const match = words[index];
    const word = match?.[0] ?? "";
    const verb = verbAt(words, index);
    if (!verb || match?.index === undefined) continue;
    const subject = text.slice(0, match.index).trim();
    if (NOT_PLAIN.test(subject) || !isPlainSubject(subject, people)) return undefined;
    const plural = PLURAL_SUBJECT.test(subject);
    if (plural !== verb.plural) return undefined;
    return {
      subject: lowerDeterminer(subject),
      subjectOffset: 0,
      aux: verb.written,
      passive: false,
      participle: "",
      plural,
      restOffset: match.index + verb.written.length,
      ...(word === "se" || /^s['’]/u.test(word) ? { reflexive: true } : {}),
    };
  }
  return undefined;
}

/** The verb that opens at `index`: `se poursuit`, `s'engage`, `sera`, `doit` (before an infinitive). */
function verbAt(
  words: RegExpMatchArray[],
  index: number,
): { written: string; plural: boolean } | undefined {
  const word = words[index]?.[0] ?? "";
  const next = words[index + 1]?.[0] ?? "";
  if (word === "se" || /^s['’]\p{Ll}/u.test(word)) {
    const form = word === "se" ? next : word.slice(2);
    const verb = finiteVerb(form);
    // `s'explique par …`: the cause is its object, asked by the templates of cause verbs.
    if (!verb || verb.infinitive === "expliquer") return undefined;
    return { written: word === "se" ? `se ${next}` : word, plural: verb.plural };
  }
  if (COPULA.test(word)) {
    // `est arrivé`, `sont partis`: a compound past is readClause's; `est-ce`: no clause.
    if (/^(?:ne|n['’]|pas|plus|jamais|ce|-)/u.test(next)) return undefined;
    return { written: word, plural: PLURAL_COPULA.test(word) };
  }
  if (MODAL.test(word)) {
    const infinitive = next === "se" || /^s['’]/u.test(next) ? (words[index + 2]?.[0] ?? "") : next;
    const bare = infinitive.replace(/^s['’]/u, "");
    if (!/^\p{Ll}+(?:er|ir|re)$/u.test(bare) || nounGender(bare) !== undefined) return undefined;
    return { written: word, plural: /(?:ent|ont)$/u.test(word) };
  }
  return undefined;
}

/** A noun phrase or a name: no verb of its own before the one read. */
function isPlainSubject(subject: string, people: Person[]): boolean {
  const words = subject.split(/\s+/u);
  if (words.length > MAX_SUBJECT_WORDS) return false;
  if (people.some((person) => person.name === subject || person.aliases.includes(subject))) {
    return true;
  }
  return words.slice(1).every((word) => {
    const bare = word.replace(/^\p{L}['’]/u, "");
    return !/^\p{Ll}/u.test(bare) || nounGender(bare) !== undefined || !finiteVerb(bare);
  });
}
