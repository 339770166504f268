/**
 * @module
 * Who decided a match, as match reports tell it: `Il a fallu attendre la 81e minute pour voir le
 * défenseur Lamine Danfakha, monté sur un corner, offrir la victoire à son équipe d'une tête` →
 * *Qui a offert la victoire à son équipe à la 81e minute ?* (Lamine Danfakha).
 */
import type { ArticleAnalysis } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { pastParticiple } from "../../french/lexicon/verb-form";
import type { Candidate } from "../candidate";

/** `Il a fallu attendre la 58e minute pour voir`: the wait, and the minute if one is given. */
const WAITED =
  /(?:^|\s)Il a fallu attendre\s+(?:la\s+(?<minute>\d{1,3}e)\s+minute|[^,;:]{2,40}?)\s+pour voir\s+/u;
/** What decides a match, as an infinitive and its object. */
const DECIDING =
  /^(?<verb>offrir|donner|ouvrir|égaliser|créer)(?<object>\s+(?:la victoire|le score|l['’]égalité)(?:\s+(?:à|aux)\s+(?:son|sa|ses|leur|leurs|la|le|les|l['’])\s*[^,;:.\s]+(?:\s+«[^»]{1,30}»)?)?)?(?=[\s,.;]|$)/u;

/**
 * Proposes *Qui a offert la victoire … ?* when a match report names who decided it after a wait.
 *
 * @example
 * askScorer(analysis)[0]?.prompt; // "Qui a offert la victoire à son équipe à la 81e minute ?"
 */
export function askScorer(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    const waited = WAITED.exec(sentence.text);
    if (!waited) continue;
    const from = sentence.start + waited.index + waited[0].length;
    // The player is named first (`le remplaçant Youssouf Mahamat Saleh`), within a few words.
    const named = analysis.people
      .flatMap((person) => person.mentions.map((mention) => ({ person, mention })))
      .filter(({ mention }) => mention.start >= from && mention.start - from <= 40)
      .sort((a, b) => a.mention.start - b.mention.start)[0];
    if (!named) continue;
    // `, entré en jeu en seconde période,`: an apposition between the player and the verb.
    const after = analysis.body
      .slice(named.mention.end, sentence.end)
      .replace(/^(?:,\s*\d{1,2}\s+ans)?(?:,[^,]{1,60},)?\s+/u, "");
    const deciding = DECIDING.exec(after);
    if (!deciding?.groups) continue;
    const { verb = "", object = "" } = deciding.groups;
    // `égaliser` stands alone; the others need what they give or open.
    if ((verb === "égaliser") !== (object === "")) continue;
    const participle = pastParticiple(verb);
    if (!participle) continue;
    const minute = waited.groups?.minute ? ` à la ${waited.groups.minute} minute` : "";
    candidates.push({
      template: "scorer",
      prompt: applyContractions(`Qui a ${participle}${object}${minute} ?`),
      answer: { kind: "person", person: named.person },
      sentence,
      reliability: 0.9,
      topic: `scorer:${sentence.start}`,
      choice: false,
    });
  }
  return candidates;
}
