/**
 * @module
 * Whether a figure is a rate per thing (`3,71 livres par entaille`, `1 000 euros par mètre de
 * façade`): without its `par …` the figure says something else, so a question cannot ask it
 * alone. A rate per time (`par an`, `par jour`) is not one: the figure reads right without it.
 */

/** `par entaille`, `par mètre de façade`; not `par an`, `par jour`. */
const PER_THING =
  /^\s+par\s+(?!(?:an|année|jour|mois|semaine|heure|minute|seconde)s?(?!\p{L}))\p{Ll}/u;

/**
 * Whether the text right after a figure makes it a rate per thing.
 *
 * @example
 * isPerThing(" par entaille cette saison"); // true
 * isPerThing(" par an"); // false
 */
export function isPerThing(after: string): boolean {
  return PER_THING.test(after);
}
