/**
 * @module
 * The masculine singular form of a past participle, for turning a passive into an active
 * question (`des explications ont été données par X` → `Qui a donné des explications ?`).
 */

/**
 * Returns the masculine singular of a past participle.
 *
 * @example
 * toMasculineParticiple("conduite"); // "conduit"
 * toMasculineParticiple("données"); // "donné"
 */
export function toMasculineParticiple(participle: string): string {
  // `mis`, `pris` are already masculine: only `-e`, `-es`, and `-s` after é or u are endings.
  return participle.replace(/(?<=[éiustr])es?$/u, "").replace(/(?<=[éu])s$/u, "");
}
