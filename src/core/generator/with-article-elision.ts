/**
 * @module
 * Writes an h-word's article as the article does: the generator elides before an h its lists do
 * not know as aspirated (`l'hakem`), where the story wrote `le hakem` (round 172, DEFECT for
 * both graders); the story's own usage wins.
 */
/**
 * The prompt with each elided `l'h…` or `d'h…` written back as the body writes that word.
 *
 * @example
 * withArticleElision("Pourquoi l'hakem a-t-il invité les exploitants ?", "Le hakem de Boghé a invité …");
 * // "Pourquoi le hakem a-t-il invité les exploitants ?"
 */
export function withArticleElision(prompt: string, body: string): string {
  if (!/[lLdD]['’]h/u.test(prompt)) return prompt;
  // The word is letters and hyphens only: it stands in a pattern as it is.
  return prompt.replace(
    /(?<!\p{L})([lLdD])['’](h[\p{L}-]*)/gu,
    (elided, letter: string, word: string) => {
      const written = new RegExp(`(?<!\\p{L})(le|la|de)\\s+${word}(?!\\p{L})`, "iu").exec(
        body,
      )?.[1];
      if (!written || written.toLowerCase()[0] !== letter.toLowerCase()) return elided;
      const article =
        letter === letter.toUpperCase()
          ? `${written[0]?.toUpperCase()}${written.slice(1).toLowerCase()}`
          : written.toLowerCase();
      return `${article} ${word}`;
    },
  );
}
