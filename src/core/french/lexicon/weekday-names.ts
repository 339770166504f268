/**
 * @module
 * The French weekday names, Monday first, as one regular-expression alternation.
 */

/**
 * `lundi|mardi|…|dimanche`, to build patterns with.
 *
 * @example
 * new RegExp(`(?:${WEEKDAY_NAMES})`, "u").test("mardi"); // true
 */
export const WEEKDAY_NAMES = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
