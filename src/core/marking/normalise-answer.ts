/**
 * @module
 * The canonical form of a short answer, so that case, accents, punctuation, spacing and a
 * leading French determiner do not count when marking.
 */

/** Leading determiners, longest first so that `de la` wins over a bare `de`. */
const LEADING_DETERMINERS = [
  "de la ",
  "de l ",
  "les ",
  "une ",
  "des ",
  "le ",
  "la ",
  "un ",
  "du ",
  "l ",
  "d ",
];

/** Letters that canonical decomposition leaves whole. */
const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss" };

/**
 * Lowercases, strips diacritics, turns every non-letter, non-digit (punctuation, apostrophes,
 * hyphens, quotes, non-breaking spaces) into a single space and drops one leading determiner.
 *
 * @example
 * normaliseAnswer("  L’Office des Étrangers ! "); // "office des etrangers"
 * normaliseAnswer("de la Sûreté"); // "surete"
 */
export function normaliseAnswer(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const normal = fold(text);
  // The generator asks for the same sentences and names hundreds of times per article.
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, normal);
  return normal;
}

const CACHE_SIZE = 32_768;
const cache = new Map<string, string>();

function fold(text: string): string {
  // NFKD rather than NFD so that compatibility forms (superscript `ᵉʳ`, full-width letters,
  // the `ﬁ` ligature) also fold to plain letters.
  const folded = text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  for (const determiner of LEADING_DETERMINERS) {
    // Keep the determiner when it is the whole answer: an empty answer would match nothing.
    if (folded.startsWith(determiner) && folded.length > determiner.length) {
      return folded.slice(determiner.length);
    }
  }
  return folded;
}
