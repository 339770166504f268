/**
 * @module
 * Participles of giving before `à`: what follows is who receives, a person or an organisation,
 * not a place (`le prix a été attribué à Meryem Zniber`, `remis à l'association`).
 */

/**
 * Matches text that ends on a participle of giving and `à` (`attribué à `, `décernées à `).
 *
 * @example
 * GIVEN_TO.test("le prix a été attribué à "); // true
 * GIVEN_TO.test("il est né à "); // false
 */
export const GIVEN_TO =
  /(?<!\p{L})(?:(?:attribu|décern|accord|confi|adress|vers|céd|dédi)(?:é|ée|és|ées)|(?:remis|transmis|promis)(?:e|es)?|(?:offert|vendu)(?:e|s|es)?)(?:\s+(?:la|le|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?\s+à\s+$/u;
