/**
 * @module
 * *Pourquoi … ?* on a sentence that states its own cause or purpose after its main clause:
 * `Les écoles resteront fermées jusqu'à mercredi en raison des risques d'inondations` →
 * *Pourquoi les écoles resteront-elles fermées jusqu'à mercredi ?* → `les risques d'inondations`.
 * Any verb is asked about, `être` and `rester` too: the cause is the question, not the verb.
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { dropConnectives } from "../../french/grammar/drop-connectives";
import { subjectPronoun } from "../../french/grammar/subject-pronoun";
import { participleOf, pastParticiple } from "../../french/lexicon/verb-form";
import type { Candidate } from "../candidate";
import { type Antecedent, antecedents, readClause } from "./ask-clause";

/** A connective of cause or purpose and what it states. */
const CAUSE =
  /,?\s+(?<connective>(?:parce qu['’]|parce que\s|car\s|en raison d(?:e\s|u\s|es\s|['’])|à cause d(?:e\s|u\s|es\s|['’])|faute d(?:e\s|['’])|grâce (?:à\s|au\s|aux\s|à l['’])|afin d(?:e\s|['’])|pour\s))\s*(?<reason>[^,;:«»"“”()]{4,140})/u;
/** A cause or purpose that opens the sentence, up to its comma. */
const CAUSE_FIRST =
  /^(?<connective>(?:Afin d(?:e\s|['’])|Pour\s|En raison d(?:e\s|u\s|es\s|['’])|À cause d(?:e\s|u\s|es\s|['’])|Faute d(?:e\s|['’])|Grâce (?:à\s|au\s|aux\s|à l['’])))\s*(?<reason>[^,;:«»"“”()]{4,100}),\s+/u;
/** Openings of a main clause that the question leaves out (`Mais`, `Pour sa part,`). */
const LEAD = /^(?:Mais|Or|Pourtant|Ainsi|Enfin|Pour sa part,|De son côté,)\s+/u;
/** First or second person, quotes: a voice the question cannot take over. */
const VOICE = /(?<!\p{L})(?:je|j['’]|nous|vous|notre|nos|mon|ma|mes)(?!\p{L})|[«»"“”]/iu;
/** Between the verb and the cause, another clause: the cause may be that clause's. */
const OTHER_CLAUSE =
  /(?<!\p{L})(?:(?:qui|que|dont|où|tout en|tandis|alors|lorsque|quand|si|a|ont|est|sont)(?!\p{L})|qu['’])/u;
/** The determiner a contracted connective holds (`en raison du` → `le`). */
const ARTICLE_AFTER: Readonly<Record<string, string>> = {
  du: "le ",
  des: "les ",
  au: "le ",
  aux: "les ",
};
const MAX_REASON_WORDS = 8;

/**
 * Proposes *Pourquoi … ?* questions whose answer is the stated cause or purpose.
 *
 * @example
 * askWhy(analysis)[0]?.prompt; // "Pourquoi les écoles resteront-elles fermées jusqu'à mercredi ?"
 */
export function askWhy(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const before = antecedents(analysis);
  for (const sentence of analysis.sentences) {
    const found = causeAfter(sentence.text) ?? causeFirst(sentence.text);
    if (!found) continue;
    const { connective, reason, main, first } = found;
    if (VOICE.test(main)) continue;
    const prompt = whyQuestion(main, analysis.people, first, before.get(sentence.start));
    const raw = reasonOf(reason);
    const text = raw && answerOf(connective.trim(), raw);
    if (!prompt || !raw || !text || text.split(/\s+/u).length > MAX_REASON_WORDS) continue;
    const asWritten = `${connective}${raw}`.replace(/\s+/gu, " ");
    candidates.push({
      template: "why",
      prompt,
      answer: { kind: "phrase", text, asWritten },
      sentence,
      reliability: 0.8,
      topic: `why:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}

interface FoundCause {
  connective: string;
  reason: string;
  /** The clause the cause explains. */
  main: string;
  /** Whether the cause opens the sentence (`Afin de …, le gouvernement a …`). */
  first: boolean;
}

/** `… fermées en raison des risques`: the main clause, then its cause. */
function causeAfter(text: string): FoundCause | undefined {
  const cause = CAUSE.exec(text);
  const connective = cause?.groups?.connective ?? "";
  if (!cause || !isCause(connective, cause.groups?.reason ?? "")) return undefined;
  const main = text.slice(0, cause.index).trim().replace(/,$/u, "").replace(LEAD, "");
  return { connective, reason: cause.groups?.reason ?? "", main, first: false };
}

/** `Afin de décourager la fraude, le gouvernement a …`: the cause, then the clause it explains. */
function causeFirst(text: string): FoundCause | undefined {
  const cause = CAUSE_FIRST.exec(text);
  const connective = (cause?.groups?.connective ?? "").replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const reason = cause?.groups?.reason ?? "";
  if (!cause || !isCause(connective, reason)) return undefined;
  return { connective, reason, main: text.slice(cause[0].length), first: true };
}

/** `pour` states a purpose only before an infinitive (`pour financer`, not `pour 3 millions`). */
function isCause(connective: string, reason: string): boolean {
  if (!/^pour\s/u.test(connective)) return true;
  const verb = /^(?:ne pas\s+|mieux\s+)?(\p{Ll}+)/u.exec(reason)?.[1] ?? "";
  return /(?:er|ir|re)$/u.test(verb) && pastParticiple(verb) !== undefined;
}

/** `les écoles resteront fermées …` → *Pourquoi les écoles resteront-elles fermées … ?* */
function whyQuestion(
  main: string,
  people: Person[],
  causeFirst = false,
  antecedent?: Antecedent,
): string | undefined {
  const clause = readClause({ text: main }, people, true, antecedent);
  if (!clause) return undefined;
  // After the verb, a relative clause ends what is asked; when the cause comes last, a clause
  // there may be the one it explains.
  const whole = main.slice(clause.restOffset);
  const relative = /(?<!\p{L})(?:(?:qui|que|dont|où)(?!\p{L})|qu['’])/u.exec(whole);
  const span = causeFirst && relative ? whole.slice(0, relative.index) : whole;
  if (OTHER_CLAUSE.test(span)) return undefined;
  // What follows the verb, up to an apposition: `agrandir sa cuisine centrale, située …`; any
  // other complement after a comma (`évacués, par hélicoptère, car …`) may be what the cause
  // explains.
  const [rest = "", ...cut] = span.split(/,(?!\d)/u).map((part) => part.trim());
  const apposition = participleOf(/^\p{Ll}+/u.exec(cut[0] ?? "")?.[0] ?? "") !== undefined;
  if (cut.some(Boolean) && !apposition) return undefined;
  const verb = [clause.aux, clause.passive ? "été" : "", clause.participle].filter(Boolean);
  const person = people.find(
    (p) => p.name === clause.subject.replace(/^(?:M\.|Mme|Mlle|Me|Dr|Pr)\s+/u, ""),
  );
  const pronoun = person
    ? person.gender && `${person.gender === "f" ? "elle" : "il"}${clause.plural ? "s" : ""}`
    : subjectPronoun(clause.subject, clause.plural);
  const after = dropConnectives([...verb.slice(1), rest].filter(Boolean).join(" "));
  const tail = after ? ` ${after}` : "";
  if (!pronoun) {
    return applyContractions(`Pourquoi est-ce que ${clause.subject} ${clause.aux}${tail} ?`);
  }
  const t = /[aec]$/u.test(clause.aux) ? "-t" : "";
  return applyContractions(`Pourquoi ${clause.subject} ${clause.aux}${t}-${pronoun}${tail} ?`);
}

/**
 * The answer to *Pourquoi ?*: `en raison des risques` → `les risques`, `en raison de crues` →
 * `des crues`, `afin de permettre` → `pour permettre`; `faute de preuves` keeps its connective,
 * which carries the meaning (the lack of them).
 */
function answerOf(connective: string, reason: string): string {
  // `en raison d'` + `incidents`: an elided connective joins its word without a space.
  const join = (words: string) => applyContractions(words).replace(/(['’])\s+/gu, "$1");
  if (/^(?:afin d|pour$)/u.test(connective)) return join(`pour ${reason}`);
  const article = ARTICLE_AFTER[connective.split(/\s/u).at(-1) ?? ""];
  if (article) return `${article}${reason}`;
  if (/^(?:faute|parce|car)/u.test(connective) || !/\sde$/u.test(connective)) {
    return join(`${connective} ${reason}`);
  }
  // `de` before a noun without a determiner: a plural (`de crues`) reads `des crues`.
  const determined =
    /^(?:la|le|les|l['’]|une?|ce|cet|cette|ces|son|sa|ses|leurs?|plusieurs)(?!\p{L})/u;
  if (determined.test(reason)) return reason;
  return /^\p{L}+[sx](?!\p{L})/u.test(reason)
    ? `des ${reason}`
    : applyContractions(`${connective} ${reason}`);
}

/** The reason as a student would write it: up to a relative clause, a few words, one cause. */
function reasonOf(text: string): string | undefined {
  const reason = text
    .replace(/\s(?:qui|que|qu['’]|dont|où|selon)\s.*$/u, "")
    .replace(/[.!?…]+$/u, "")
    .replace(
      /\s(?:l['’]hiver|l['’]été|l['’]an|l['’]année|le mois|la semaine) derni(?:er|ère)$/u,
      "",
    )
    .trim();
  // `de l'insécurité ou du mauvais état des routes`: two causes, each with its own article.
  if (/\s(?:ou|et)\s+(?:du|des|de|d['’])/u.test(reason)) return undefined;
  // `décourager ces circuits`: a demonstrative points at a sentence the question does not show.
  if (/(?<!\p{L})(?:ce|cet|cette|ces|celui-ci|celle-ci|ceux-ci|celles-ci)(?!\p{L})/u.test(reason)) {
    return undefined;
  }
  // `sauver ce | qui pouvait l'être`: cut before its relative, the reason dangles.
  if (
    /(?<!\p{L})(?:ce|celui|celle|ceux|le|la|les|un|une|des|de|du|à|au|aux|en|et|ou)$/u.test(reason)
  ) {
    return undefined;
  }
  const count = reason.split(/\s+/u).length;
  return count >= 2 && count <= MAX_REASON_WORDS ? reason : undefined;
}
