/**
 * @module
 * File names for downloads, made from a quiz title.
 */

/** Longest slug, so that names stay readable in a download bar. */
const MAX_SLUG_LENGTH = 60;

/**
 * The title folded to lower-case ASCII letters, digits and single hyphens: safe in a
 * `Content-Disposition` header and on every file system. `quiz` when nothing is left.
 *
 * @example
 * toFileSlug("Belgique-Maroc : la DSITI s'inquiète !"); // "belgique-maroc-la-dsiti-s-inquiete"
 */
export function toFileSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => ({ œ: "oe", æ: "ae", ß: "ss" })[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  return slug || "quiz";
}
