/**
 * @module
 * Causes an article lists rather than joins to their effect: after a colon (`justifie cette
 * mesure par deux facteurs : A, et B`, `repoussé pour deux raisons : A, et B`) or a sentence each
 * (`… s'explique par deux facteurs. D'une part, A. D'autre part, B.`). News gives the reasons
 * for its main event so, and a count alone (`deux facteurs`) is no key (round 113; Kolwezi's
 * `D'une part … D'autre part`, asked for by graders since round 94).
 */
import { nounGender } from "../../french/lexicon/noun-gender";
import { finiteVerb } from "../../french/lexicon/verb-form";
import type { Sentence } from "../../french/split-sentences";

/** Two causes, each accepted alone; the key names both. */
export interface ListedCauses {
  text: string;
  each: string[];
  /** The passage that states them, when they stand in sentences of their own. */
  evidence?: Sentence;
}

/** A listed cause longer than this loses its relative (`la force du franc | qui a renchéri …`). */
const MAX_KEPT_RELATIVE_WORDS = 12;

/** `deux raisons`, `trois facteurs principaux`: a count of causes, which a colon then lists. */
const COUNTED_CAUSES = String.raw`(?:une\s+combinaison\s+de\s+facteurs|(?:deux|trois|plusieurs)\s+(?:raisons|motifs|causes|facteurs|phénomènes|explications)(?:\s+(?:principales?|principaux|essentielles?|majeure?s|combinée?s|conjuguée?s))?)`;
/** A key that only counts the causes (`deux facteurs`): the list after the colon says them. */
export const COUNTED_CAUSE_KEY = new RegExp(String.raw`^(?:à\s+|par\s+)?${COUNTED_CAUSES}$`, "u");
/** `Le lancement a été repoussé pour deux raisons, a expliqué X : A, et B.` */
export const FOR_LISTED_CAUSES = new RegExp(
  String.raw`\s+pour\s+${COUNTED_CAUSES}(?:\s*,\s[^:;«»]{3,140}?)?\s*:\s*(?<list>[^;:«»]+?)\s*[.!]?$`,
  "u",
);
/** Where a list's next cause starts: a determiner. */
const LISTED_CAUSE_START = String.raw`(?:la|le|les|l['’]|une?|des|du|de|d['’]|son|sa|ses|leur|leurs)(?:\s|(?<=['’]))`;
/** `A, qui …, et B`: the list's own joiner, after a comma; the one to split on when written. */
const LIST_JOIN_AFTER_COMMA = /\s*,\s+(?:et|puis|ainsi que|mais aussi)\s+/u;
/** `A et B`: a joiner before a determiner, when no comma sets the list's joiner apart. */
const LIST_JOIN = new RegExp(String.raw`\s+(?:et|ainsi que)\s+(?=${LISTED_CAUSE_START})`, "u");
const LIST_COMMA = new RegExp(String.raw`,\s+${LISTED_CAUSE_START}`, "u");
/** Words a listed cause runs to at most (`un différend financier entre l'entreprise et …`). */
const MAX_LISTED_CAUSE_WORDS = 14;

/**
 * The causes a colon lists (`: la force du franc, qui …, et la chute des commandes …`), each as a
 * student would write it (up to its incise or relative); none unless exactly two, each short.
 * The key names both and either alone is right, as for two causes after `en raison de`.
 *
 * @example
 * listedCauses("la force du franc, qui a renchéri ses produits, et la chute des commandes");
 * // { text: "la force du franc et la chute des commandes", each: [...] }
 */
export function listedCauses(list: string): ListedCauses | undefined {
  const written = list.replace(/[.!]+$/u, "");
  // `l'action des vagues et des embruns, qui …, et d'anciennes réparations`: the `et` after the
  // comma joins the list; the first joins words within a cause.
  const parts = written.split(
    LIST_JOIN_AFTER_COMMA.test(written) ? LIST_JOIN_AFTER_COMMA : LIST_JOIN,
  );
  // `A, B et C`, or a cause with its apposition (`, son principal client`) before `et`: which
  // is a third cause is not clear, and a key of two would be incomplete.
  if (parts.length !== 2 || LIST_COMMA.test(parts[0] ?? "")) return undefined;
  const words = (text: string) => text.split(/[\s'’]+/u).length;
  // `la force du franc, qui a renchéri …`: an incise says more of the cause and goes; `les filets
  // qui s'accrochent aux rochers` is the cause itself, kept while short.
  const each = parts.map((part) => {
    const cause = part
      .replace(/\s*,.*$/u, "")
      .replace(/(['’])\s+/gu, "$1")
      .trim();
    return words(cause) > MAX_KEPT_RELATIVE_WORDS
      ? cause.replace(/\s(?:qui|que|qu['’]|dont|où|selon)\s.*$/u, "")
      : cause;
  });
  if (each.some((cause) => words(cause) < 2 || words(cause) > MAX_LISTED_CAUSE_WORDS)) {
    return undefined;
  }
  if (each.some((cause) => /(?<!\p{L})(?:ce|cet|cette|ces)(?!\p{L})/u.test(cause)))
    return undefined;
  if (each.some((cause) => !new RegExp(`^${LISTED_CAUSE_START}`, "u").test(cause)))
    return undefined;
  // `l'action des vagues et des embruns, et d'anciennes réparations`: a comma keeps the two apart.
  const joiner = each.some((cause) => /\set\s/u.test(cause)) ? ", et " : " et ";
  return { text: each.join(joiner), each };
}

/** The causes a colon lists right after the counted ones a verb gave (`deux facteurs :`). */
export function listAfter(statement: string, counted: string): ListedCauses | undefined {
  const at = statement.indexOf(counted);
  const list =
    at < 0 ? undefined : /^\s*:\s*([^;:«»]+)$/u.exec(statement.slice(at + counted.length));
  return list?.[1] ? listedCauses(list[1]) : undefined;
}

/** `D'une part, …` and `D'autre part, …`: a cause a sentence. */
const ONE_PART = /^D['’]une part,\s+/u;
const OTHER_PART = /^D['’]autre part,\s+/u;
/** A cause of the cause (`a suspendu ses livraisons | en raison d'impayés`): not the key's. */
const CAUSE_OF_CAUSE = /\s(?:en raison|à cause|du fait|faute|parce|car|grâce)(?!\p{L}).*$/u;
/** Words a cause stated as a clause runs to at most. */
const MAX_CLAUSE_CAUSE_WORDS = 22;

/**
 * The clause a `D'une part` sentence states, as a student would give it back: its subject, verb
 * and complement up to the next comma, the subject's incises (`, qui assurait …,`) left out, and
 * so is a cause of that cause.
 *
 * @example
 * causeClause("D'une part, un fournisseur indien, qui assurait 30 % des achats, a suspendu ses livraisons en raison d'impayés.");
 * // "un fournisseur indien a suspendu ses livraisons"
 */
export function causeClause(text: string): string | undefined {
  const segments = text
    .replace(/^D['’](?:une|autre) part,\s+/u, "")
    .replace(/[«»“”"]\s*/gu, "")
    .replace(/[.!]+$/u, "")
    .split(/\s*[,;:](?!\d)\s*/u);
  const [subject = "", ...rest] = segments;
  // `cours`, `espace`: a noun first, not `courir` nor `espacer`.
  const isVerb = (word: string) =>
    finiteVerb(word.toLowerCase()) !== undefined && nounGender(word.toLowerCase()) === undefined;
  const hasVerb = (segment: string) => segment.split(/\s+/u).some(isVerb);
  // The subject carries its verb, or an incise stands between them (a relative, a participle).
  const opensOnVerb = (segment: string) => isVerb(/^\p{Ll}+/u.exec(segment)?.[0] ?? "");
  // `le nouvel espace, inauguré en avril …, a attiré`: an incise after the subject says the
  // verb comes after it, whatever the subject's words may also be (`espace`, `cours`).
  const incise =
    /^(?:qui|que|qu['’]|dont|où)\s|^\p{Ll}+(?:é|ée|és|ées|is|ie|ies|u|ue|us|ues)\s/u.test(
      rest[0] ?? "",
    );
  const predicate = incise
    ? rest.slice(1).find(opensOnVerb)
    : hasVerb(subject)
      ? ""
      : rest.find(opensOnVerb);
  if (predicate === undefined) return undefined;
  const clause = `${subject} ${predicate}`
    .replace(CAUSE_OF_CAUSE, "")
    .replace(/(['’])\s+/gu, "$1")
    .trim();
  const words = clause.split(/\s+/u).length;
  return words >= 4 && words <= MAX_CLAUSE_CAUSE_WORDS && hasVerb(clause) ? clause : undefined;
}

/**
 * The two causes of `D'une part, A. D'autre part, B.` in the sentences right after `sentence`
 * (one sentence may come between them), with the passage that states them.
 */
export function partsAfter(sentences: Sentence[], sentence: Sentence): ListedCauses | undefined {
  const index = sentences.indexOf(sentence);
  const one = sentences[index + 1];
  if (!one || !ONE_PART.test(one.text)) return undefined;
  const other = sentences
    .slice(index + 2, index + 4)
    .find((candidate) => OTHER_PART.test(candidate.text));
  if (!other) return undefined;
  const first = causeClause(one.text);
  const second = causeClause(other.text);
  if (!first || !second) return undefined;
  const evidence = {
    text: sentences
      .slice(index + 1, sentences.indexOf(other) + 1)
      .map((part) => part.text)
      .join(" "),
    start: one.start,
    end: other.end,
  };
  return { text: `${first} ; ${second}`, each: [first, second], evidence };
}
