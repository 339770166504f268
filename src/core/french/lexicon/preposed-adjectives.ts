/**
 * @module
 * Adjectives French places before the noun they qualify (`le long métrage`, `15 courts
 * métrages`, `la nouvelle ligne`): the noun after them is what the phrase is about.
 */

const PREPOSED =
  /^(?:long|longue|longs|longues|court|courte|courts|courtes|grand|grande|grands|grandes|petit|petite|petits|petites|nouveau|nouvel|nouvelle|nouveaux|nouvelles|premier|première|premiers|premières|jeune|jeunes|vieux|vieil|vieille|vieilles|gros|grosse|grosses|haut|haute|hauts|hautes|ancien|ancienne|anciens|anciennes|vrai|vraie|vrais|vraies|fort|forte|forts|fortes|bon|bonne|bons|bonnes|mauvais|mauvaise|mauvaises|beau|bel|belle|beaux|belles|violent|violente|violents|violentes|importants?|importantes?|nombreux|nombreuses|graves|lourds?|lourdes?)$/u;

/**
 * Whether a lower-case word is an adjective placed before its noun, in any gender and number.
 *
 * @example
 * isPreposedAdjective("longs"); // true
 * isPreposedAdjective("métrages"); // false
 */
export function isPreposedAdjective(word: string): boolean {
  return PREPOSED.test(word);
}
