/**
 * @module
 * Causes an article lists after a colon rather than joins to their effect (`attribue ces
 * difficultés à deux facteurs : A, et B`, `repoussé pour deux raisons : A, et B`). News gives
 * the reasons for its main event so, and a count alone (`deux facteurs`) is no key (round 113).
 */

/** Two causes, each accepted alone; the key names both. */
export interface ListedCauses {
  text: string;
  each: string[];
}

/** A listed cause longer than this loses its relative (`la force du franc | qui a renchéri …`). */
const MAX_KEPT_RELATIVE_WORDS = 12;
/** Words a student types back at most (as ask-why's causes). */
const MAX_TYPED_WORDS = 8;

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
export function listedCauses(
  list: string,
  shorten: (cause: string) => string | undefined = () => undefined,
): ListedCauses | undefined {
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
  // Each cause is typed back as written or, when long, up to a complement (`le retard dans le
  // versement | d'une partie de la subvention`): a key no one can type is no question.
  const typedWords = (text: string) => text.split(/\s+/u).length;
  const shorter = each.map((cause) =>
    typedWords(cause) > MAX_TYPED_WORDS ? shorten(cause) : undefined,
  );
  if (each.some((cause, index) => typedWords(cause) > MAX_TYPED_WORDS && !shorter[index])) {
    return undefined;
  }
  // `l'action des vagues et des embruns ; d'anciennes réparations`: kept apart from the `et` inside.
  const joiner = each.some((cause) => /\set\s/u.test(cause)) ? " ; " : " et ";
  const typed = shorter.filter((form): form is string => form !== undefined);
  return { text: each.join(joiner), each: [...each, ...typed] };
}

/** The causes a colon lists right after the counted ones a verb gave (`deux facteurs :`). */
export function listAfter(
  statement: string,
  counted: string,
  shorten?: (cause: string) => string | undefined,
): ListedCauses | undefined {
  const at = statement.indexOf(counted);
  const list =
    at < 0 ? undefined : /^\s*:\s*([^;:«»]+)$/u.exec(statement.slice(at + counted.length));
  return list?.[1] ? listedCauses(list[1], shorten) : undefined;
}
