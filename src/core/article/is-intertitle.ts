/**
 * @module
 * Whether a block of an article is an intertitle: a short heading over the paragraphs after it.
 */

/**
 * A short block of words with no sentence end (`Doublé pour Ras Wendé`), not a publication line
 * (`Le 12/03/2024 à 14h05`) nor a credit.
 *
 * @example
 * isIntertitle("Des contrôles renforcés"); // true
 * isIntertitle("Le 12/03/2024 à 14h05"); // false
 * isIntertitle("L'opposition dénonce un calendrier « irréaliste »"); // true
 */
export function isIntertitle(paragraph: string): boolean {
  const text = paragraph.trim();
  // Most paragraphs are long: their words are not counted.
  if (text.length > 80) return false;
  const words = text.split(/\s+/u).length;
  return (
    words >= 2 &&
    words <= 10 &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?…"”:;,]$/u.test(text) &&
    // `L'opposition dénonce un calendrier « irréaliste »`: a quoted word may close a heading;
    // a quotation closed after its own full stop, or a whole quoted block, is a sentence.
    !/[.!?…]\s*»$/u.test(text) &&
    !/^[«"“]/u.test(text) &&
    !/\d{1,2}\/\d{1,2}\/\d{2,4}|©|(?:^|\s)(?:Photo|Crédit|Par)\s/u.test(text)
  );
}
