/**
 * @module
 * The masculine singular form of a past participle, for turning a passive into an active
 * question (`des explications ont été données par X` → `Qui a donné des explications ?`).
 */

/** A feminine ending: `-e`/`-es` after a participle's last letter (`conduite`, `prises`). */
const FEMININE_ENDING = /(?<=[éiustr])es?$/u;
/** A plural `-s` after `é`, `u` or `t` (`donnés`, `élus`, `faits`); `-is` is read apart. */
const PLURAL_S = /(?<=[éut])s$/u;
/** Participles in `-is` that are already masculine singular (`mis`, `pris`, `acquis`, `assis`). */
const SINGULAR_IN_IS = /(?:mis|pris|quis|^r?assis|^sis|cis)$/u;

/**
 * Returns the masculine singular of a past participle.
 *
 * @example
 * toMasculineParticiple("conduite"); // "conduit"
 * toMasculineParticiple("données"); // "donné"
 * toMasculineParticiple("saisis"); // "saisi"
 */
export function toMasculineParticiple(participle: string): string {
  const masculine = participle.replace(FEMININE_ENDING, "");
  if (masculine !== participle) return masculine;
  // `saisis`, `réunis` are plurals of `-ir` verbs; `mis`, `pris` keep their `s`.
  if (/is$/u.test(participle) && !SINGULAR_IN_IS.test(participle)) return participle.slice(0, -1);
  return participle.replace(PLURAL_S, "");
}
