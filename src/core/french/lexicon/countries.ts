/**
 * @module
 * Countries as French news names them, with the article they take (`au Maroc`, `en Belgique`).
 * Used to recognise places and as distractors.
 */

/** Country name → its definite article (`le`, `la`, `l'`, `les`) or `""` when it has none. */
export const COUNTRIES: ReadonlyMap<string, string> = new Map([
  ["Maroc", "le"],
  ["Belgique", "la"],
  ["France", "la"],
  ["Espagne", "l'"],
  ["Allemagne", "l'"],
  ["Italie", "l'"],
  ["Portugal", "le"],
  ["Suisse", "la"],
  ["Luxembourg", "le"],
  ["Pays-Bas", "les"],
  ["Royaume-Uni", "le"],
  ["Irlande", "l'"],
  ["Algérie", "l'"],
  ["Tunisie", "la"],
  ["Sénégal", "le"],
  ["Mali", "le"],
  ["Côte d'Ivoire", "la"],
  ["Cameroun", "le"],
  ["Égypte", "l'"],
  ["Canada", "le"],
  ["États-Unis", "les"],
  ["Mexique", "le"],
  ["Brésil", "le"],
  ["Argentine", "l'"],
  ["Chine", "la"],
  ["Japon", "le"],
  ["Inde", "l'"],
  ["Russie", "la"],
  ["Ukraine", "l'"],
  ["Pologne", "la"],
  ["Grèce", "la"],
  ["Turquie", "la"],
  ["Israël", ""],
  ["Liban", "le"],
  ["Syrie", "la"],
  ["Iran", "l'"],
  ["Australie", "l'"],
  ["Afrique du Sud", "l'"],
  ["Nigeria", "le"],
]);
