/**
 * @module
 * The sentence under a score, in the results view (server and browser render the same one).
 */

/**
 * A short French comment on a score: how many answers were right, then what to do next.
 *
 * @example
 * scoreComment(7, 10);
 * // "7 réponses justes sur 10. Très bien : relisez les passages surlignés pour les questions manquées."
 * scoreComment(10, 10); // "10 réponses justes sur 10. Parfait : tout est juste !"
 */
export function scoreComment(score: number, maxScore: number): string {
  // French puts 0 and 1 in the singular.
  const count = `${score} ${score > 1 ? "réponses justes" : "réponse juste"} sur ${maxScore}.`;
  return `${count} ${advice(score, maxScore)}`;
}

function advice(score: number, maxScore: number): string {
  if (maxScore === 0) return "Ce quiz n'a pas de question.";
  if (score === maxScore) return "Parfait : tout est juste !";
  const ratio = score / maxScore;
  if (ratio >= 0.7)
    return "Très bien : relisez les passages surlignés pour les questions manquées.";
  if (ratio >= 0.5) return "C'est un bon début : les passages surlignés expliquent les réponses.";
  return "Relisez l'article : les passages surlignés expliquent chaque réponse.";
}
