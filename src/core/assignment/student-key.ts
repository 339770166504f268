/**
 * @module
 * When two names are the same student's: one sheet per name per assignment, names compared
 * without case, accents or extra spaces.
 */

/**
 * The form a name is compared in: decomposed and stripped of accents, lower case, spaces
 * collapsed, ligatures spelt out.
 *
 * @example
 * studentKey("  Élodie   MARTIN "); // "elodie martin"
 * studentKey("Chloé") === studentKey("chloe"); // true
 */
export function studentKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replaceAll("œ", "oe")
    .replaceAll("æ", "ae")
    .replaceAll("ß", "ss")
    .replace(/\s+/g, " ")
    .trim();
}
