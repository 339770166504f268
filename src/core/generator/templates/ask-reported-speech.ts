/**
 * @module
 * Questions on reported speech (`« … », a affirmé, mardi 1er mars à Rabat, le ministre, X.`):
 * who said it, and when (where went for the bundle budget: a place copied back, 0 GOOD of 42 `Où`).
 */
import type { ArticleAnalysis, Person } from "../../french/entities";
import { applyContractions } from "../../french/grammar/apply-contractions";
import type { Candidate } from "../candidate";
import { participleIntro } from "./ask-clause";

const SPEECH_VERBS =
  "affirmé|déclaré|indiqué|souligné|expliqué|estimé|annoncé|assuré|précisé|ajouté|confié|rappelé|dit|reconnu|promis|averti|jugé|considéré";
const REPORTED = new RegExp(
  String.raw`^(?<quote>.+?)\s*[,]\s*a\s+(?<verb>${SPEECH_VERBS})\s*,?\s*(?<rest>.+?)\s*[.!]?$`,
  "u",
);
/** Complements that make a reported clause long without changing what it says. */
const DETAIL =
  /\s(?:dans le domaine|en matière|dans le cadre)\b[^,]*?(?=\s(?:est|sont|était|reste|demeure|sera|a|ont)\s)/u;
const MAX_CLAUSE_WORDS = 16;
/**
 * Words of the first and second person: `je`, `j'`, `nous`, `mon`, `vos`…; and what a child
 * calls a parent (`Papa ne reviendra pas`): the speaker's own, wrong in the third person.
 */
const FIRST_OR_SECOND_PERSON =
  /(?<!\p{L})(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|tu|te|t['’]|toi|ton|ta|tes|vous|votre|vos|papa|maman|papy|papi|mamie|mémé|pépé)(?!\p{L})/iu;

/**
 * Proposes who/when/where questions on sentences that report what a person said.
 *
 * @example
 * askReportedSpeech(analysis).map((c) => c.prompt);
 * // ["Qui a affirmé que la coopération … est optimale ?", "Quel jour Jan Jambon a-t-il …", …]
 */
export function askReportedSpeech(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of analysis.sentences) {
    const match = REPORTED.exec(sentence.text);
    const quote = match?.groups?.quote;
    const verb = match?.groups?.verb;
    const rest = match?.groups?.rest ?? "";
    // `Le président, X, a annoncé que …`: the subject comes first, and what was said after.
    if (!match || !quote || !verb || /^(?:que|qu['’])/u.test(rest)) continue;
    const restStart =
      sentence.end - rest.length - (sentence.text.length - sentence.text.trimEnd().length) - 1;
    const speaker = speakerIn(analysis.people, restStart, sentence.end);
    // `Prévu le 9 novembre, le lancement a été repoussé`: the participle's phrase goes, or the
    // question reads *Qui a expliqué que prévu le 9 novembre, … ?*.
    const clause = reportedClause(quote.slice(participleIntro(quote)?.[0].length ?? 0));
    if (speaker && !clause) {
      // A quotation in the first person stays a quotation: *Qui a déclaré : « Nous … » ?*
      const direct = directQuote(quote);
      if (direct) {
        candidates.push({
          template: "speech-who",
          prompt: `Qui a ${verb} : « ${direct} » ?`,
          answer: { kind: "person", person: speaker },
          sentence,
          reliability: 0.8,
          topic: `speech:${sentence.start}:who`,
          choice: true,
        });
      }
    }
    if (!speaker || !clause) continue;
    const said = applyContractions(`${verb} que ${clause}`);
    const topic = `speech:${sentence.start}`;
    candidates.push({
      template: "speech-who",
      prompt: `Qui a ${said} ?`,
      answer: { kind: "person", person: speaker },
      sentence,
      reliability: 0.85,
      topic: `${topic}:who`,
      choice: true,
    });
    const subject = `${speaker.name} a-t-${speaker.gender === "f" ? "elle" : "il"}`;
    const date = analysis.dates.find((d) => d.start >= restStart && d.end <= sentence.end && d.day);
    if (date && speaker.gender) {
      candidates.push({
        template: "speech-when",
        prompt: `Quel jour ${subject} ${said} ?`,
        answer: { kind: "date", date },
        sentence,
        reliability: 0.8,
        topic: `${topic}:when`,
        choice: false,
      });
    }
  }
  return candidates;
}

/** The reported words as a subordinate clause: quotes dropped, first letter lowered, details cut. */
function reportedClause(quote: string): string | undefined {
  const clause = quote
    .replace(/["“”«»]/g, "")
    .replace(/\s+/g, " ")
    .replace(DETAIL, "")
    .trim()
    .replace(
      /^(?:Et|Mais|Or|Donc|Pourtant|Ainsi|Enfin|En revanche|Par contre|Toutefois|Cependant|Néanmoins|Par ailleurs|En outre|De plus)(?:\s*,)?\s+/u,
      "",
    );
  const lowered = /^\p{Lu}[\p{Ll}'’]/u.test(clause)
    ? (clause[0]?.toLowerCase() ?? "") + clause.slice(1)
    : clause;
  // A pronoun subject needs the sentence before; `cette ligne` names its noun and stands alone.
  if (/^(?:il|elle|ils|elles|cela|ça|ce|celui|celle|on|nous|je)\s/iu.test(lowered))
    return undefined;
  // `… que nous devions tout arrêter` keeps the speaker's `nous`: the question would speak for them.
  if (FIRST_OR_SECOND_PERSON.test(lowered)) return undefined;
  // `le reste, on le corrigera`, `ce soir`: the speaker's `on` and here-and-now do not carry
  // over into reported speech.
  if (SPEAKERS_HERE_AND_NOW.test(lowered)) return undefined;
  return lowered.split(" ").length <= MAX_CLAUSE_WORDS ? lowered : undefined;
}

const SPEAKERS_HERE_AND_NOW =
  /(?<!\p{L})(?:on|ce soir|ce matin|cet après-midi|aujourd['’]hui|demain|ici)(?!\p{L})/u;

/** A whole quotation of at most MAX_CLAUSE_WORDS words, without its quotation marks. */
function directQuote(quote: string): string | undefined {
  const inner = /^[«"“]\s*(?<text>[^«»"“”]+?)\s*[»"”]$/u.exec(quote.trim())?.groups?.text;
  if (!inner || inner.split(/\s+/).length > MAX_CLAUSE_WORDS) return undefined;
  return inner.replace(/[.]$/u, "");
}

/** The person named after the speech verb: the speaker. */
function speakerIn(people: Person[], from: number, to: number): Person | undefined {
  let best: { person: Person; start: number } | undefined;
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.start >= from && mention.end <= to && (!best || mention.start < best.start)) {
        best = { person, start: mention.start };
      }
    }
  }
  return best?.person;
}
