/**
 * @module
 * Whether a count is one part of a split one (`296 emplacements pour des vélos classiques et 24
 * pour des vélos cargos`): the second part elides the noun, so the whole is their sum and a
 * question on the first part alone (*Combien d'emplacements compte le bâtiment ?*) has two
 * answers.
 */

/** `… pour des vélos classiques et 24 pour …`: what the first count is of, then a second count. */
const SPLIT_COUNT =
  /^\s+(?:pour|de|d['’]|en)\s[^,.;:()]{0,50}?(?:\s+et|,)\s+(?:\d[\d\s\u00a0]*|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:pour|de|d['’]|en)(?!\p{L})/u;

/**
 * Whether the text right after a count (and its unit) starts the second part of a split count.
 *
 * @example
 * isSplitCount(" pour des vélos classiques et 24 pour des vélos cargos"); // true
 * isSplitCount(" pour les écoles du canton"); // false
 */
export function isSplitCount(after: string): boolean {
  return SPLIT_COUNT.test(after);
}
