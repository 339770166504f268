/**
 * @module
 * Questions on quantities: how long something lasted (`son séjour de deux jours au Maroc` →
 * *Quelle est la durée du séjour de Charles Michel au Maroc ?*) and how many/much a noun
 * phrase counts (`un budget de 3 millions d'euros` → *À combien s'élève le budget ?*).
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import { nounGender } from "../../french/lexicon/noun-gender";
import type { Sentence } from "../../french/split-sentences";
import type { Candidate } from "../candidate";
import { sentenceContaining } from "../sentence-containing";

/** Nouns of things that last: what *Quelle est la durée de … ?* can ask about. */
const LASTING =
  /^(?:séjour|visite|voyage|mandat|mission|travaux|chantier|grève|carrière|contrat|peine|règne|guerre|exil|procès|enquête|tournée|campagne|stage|formation|festival|salon|sommet|conférence|réunion|opération|tournage|course|match|fermeture|détention|hospitalisation|absence|suspension|interruption|programme|projet|périple|expédition|trajet|panne|coupure|attente|négociation|négociations)$/u;
const DURATION_UNITS = /^(?:ans|années|mois|semaines|jours|heures|minutes)$/;
/** `son séjour de`, `une visite de`, `le mandat de` right before the quantity. */
const NOUN_BEFORE =
  /(?<![\p{L}])(?<det>son|sa|ses|leur|un|une|le|la|l['’])(?:\s+|(?<=['’]))(?<noun>\p{L}+(?:\s\p{Ll}+)?)\s+de\s+$/u;
/** A place complement right after the quantity (`au Maroc`, `à Paris`). */
const PLACE_AFTER = /^\s+((?:au|aux|à|en)\s+\p{Lu}[\p{L}-]*)/u;

/**
 * Proposes *how long* questions on durations attached to a noun.
 *
 * @example
 * askQuantity(analysis)[0]?.prompt; // "Quelle est la durée du séjour de Charles Michel au Maroc ?"
 */
export function askQuantity(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const quantity of analysis.quantities) {
    const sentence = sentenceContaining(analysis.sentences, quantity.start);
    if (!sentence || !DURATION_UNITS.test(quantity.unit)) continue;
    const before = analysis.body.slice(sentence.start, quantity.start);
    const match = NOUN_BEFORE.exec(before);
    const noun = match?.groups?.noun;
    const determiner = match?.groups?.det?.toLowerCase() ?? "";
    // `l'athlète de 27 ans` is an age, not a duration: only nouns of things that last.
    if (!match || !noun || !LASTING.test(noun.split(" ")[0] ?? "")) continue;
    const owner = /^(?:son|sa|ses)$/.test(determiner)
      ? subjectOf(analysis.people, sentence)
      : undefined;
    if (/^(?:son|sa|ses|leur)$/.test(determiner) && !owner) continue; // unresolved possessive
    const place = PLACE_AFTER.exec(analysis.body.slice(quantity.end, sentence.end))?.[1] ?? "";
    const phrase =
      `${definiteOf(noun, determiner)}${owner ? ` de ${owner.name}` : ""} ${place}`.trim();
    candidates.push({
      template: "duration",
      // `une grève de 72 heures` says how long, not whether it is over: no tense is asked.
      prompt: applyContractions(`Quelle est la durée de ${phrase} ?`),
      answer: { kind: "number", quantity },
      sentence,
      reliability: 0.8,
      topic: `quantity:${quantity.start}`,
      choice: true,
    });
  }
  return candidates;
}

/** The subject of a sentence: the person named right before its main verb. */
function subjectOf(people: Person[], sentence: Sentence): Person | undefined {
  const verb = /\s(?:a|ont|est|sont|avait|était)\s/.exec(
    sentence.text.replace(/,[^,]*,/g, (m) => " ".repeat(m.length)),
  );
  if (!verb) return undefined;
  const verbAt = sentence.start + verb.index;
  return people.find((person) =>
    person.mentions.some((m) => m.end <= verbAt && verbAt - m.end < 3),
  );
}

function definiteOf(noun: string, determiner = ""): string {
  if (/^[aeiouyàâéèêîôûh]/i.test(noun)) return `l'${noun}`;
  // The article's own determiner says the gender, then the lexicon (round 68: `la programme`
  // from an ending).
  const head = noun.split(" ")[0] ?? "";
  const gender = /^(?:une|la|sa|cette)$/u.test(determiner)
    ? "f"
    : /^(?:un|le|son|ce|cet)$/u.test(determiner)
      ? "m"
      : (nounGender(head) ?? (/(?:ion|té)$/u.test(head) ? "f" : "m"));
  return `${gender === "f" ? "la" : "le"} ${noun}`;
}
