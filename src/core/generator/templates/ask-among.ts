/**
 * @module
 * *Combien d'enfants figurent parmi les victimes ?* from `Parmi les victimes figurent cinq
 * enfants`: a count given inverted, after the group it belongs to (disaster and accident news).
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { type Candidate, figureQuestion } from "../candidate";

/** `Parmi les victimes figurent cinq enfants`, `Parmi les blessés, on compte 12 pompiers`. */
const AMONG =
  /^Parmi (?<group>(?:les|ces|leurs|ses) [^,;:«»()]{2,50}?),?\s+(?<verb>figurent|figuraient|se trouvent|se trouvaient|on compte|on dénombre|on recense)\s+/u;

/**
 * Proposes *Combien de … figurent parmi … ?* questions.
 *
 * @example
 * askAmong(analysis)[0]?.prompt; // "Combien d'enfants figurent parmi les victimes ?"
 */
export function askAmong(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    if (!sentence.text.startsWith("Parmi ")) continue;
    const match = AMONG.exec(sentence.text);
    const { group = "", verb = "" } = match?.groups ?? {};
    if (!match) continue;
    const start = sentence.start + match[0].length;
    const quantity = analysis.quantities.find((q) => q.start === start && q.value > 1);
    if (!quantity || !/^\p{Ll}[\p{Ll}-]*$/u.test(quantity.unit)) continue;
    // `on compte cinq enfants parmi …` reads as *Combien d'enfants compte-t-on parmi … ?*.
    const inverted = verb.replace(/^on\s+/u, "");
    const asked = /^on\s/u.test(verb)
      ? `${inverted}${/[ae]$/u.test(inverted) ? "-t" : ""}-on parmi ${group}`
      : `${verb} parmi ${group}`;
    const prompt = applyContractions(`Combien de ${quantity.unit} ${asked} ?`);
    candidates.push(figureQuestion("among", prompt, quantity, sentence));
  }
  return candidates;
}
