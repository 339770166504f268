/**
 * @module
 * The French month names, January first, as dates are written (`1er mars 2016`).
 */

export const MONTH_NAMES: readonly string[] = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
