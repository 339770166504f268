/**
 * @module
 * Keeps the span of time a count was made over with its question: *Combien de naufrages ont été
 * enregistrés ?* for `quatre naufrages ont été enregistrés depuis janvier` asks a figure of no
 * time (round 166: « chiffre sans repère (“depuis janvier” omis) »; so were `En six semaines,
 * l'équipe a déjà pratiqué 21 césariennes` and `Entre le 1er avril et le 31 mai, la station a
 * enregistré 312 millimètres`). The question ends on the span its sentence gives.
 */
import { AUXILIARY } from "../french/lexicon/auxiliaries";
import { MONTH_NAMES } from "../french/lexicon/month-names";
import { nounGender } from "../french/lexicon/noun-gender";
import { participleOf } from "../french/lexicon/verb-form";
import type { Candidate } from "./candidate";

const MONTHS = MONTH_NAMES.join("|");
/** A length of time in words or digits: `six semaines`, `18 mois`, `deux ans`. */
const LENGTH = String.raw`(?:\d+|\p{Ll}+(?:-\p{Ll}+)*)\s+(?:jours|semaines|mois|ans|années)`;
/** Since when: `depuis janvier`, `depuis le début de l'année`, `depuis le 3 février`, `depuis 2024`. */
const SINCE = String.raw`depuis\s+(?:(?:${MONTHS})(?:\s+(?:19|20)\d\d)?|le\s+début\s+de\s+l['’]année|le\s+(?:1er|\d{1,2})\s+(?:${MONTHS})|(?:19|20)\d\d)`;
/** Between two days: `entre le 1er avril et le 31 mai`. */
const BETWEEN = String.raw`entre\s+le\s+(?:1er|\d{1,2})\s+(?:${MONTHS})\s+et\s+le\s+(?:1er|\d{1,2})\s+(?:${MONTHS})`;
/** The span opening the sentence: `En six semaines, …`, `Depuis janvier, …`. */
const SPAN_FIRST = new RegExp(String.raw`^(?:en\s+${LENGTH}|${SINCE}|${BETWEEN}),\s`, "iu");
/** The span right after the figure, within its clause: `… enregistrés depuis janvier sur …`. */
const SPAN_AFTER = new RegExp(
  String.raw`^[^,.;:()«»]{0,50}?(?<!\p{L})(${SINCE}|en\s+${LENGTH})(?!\p{L})`,
  "u",
);
/** A question that already says when: a year, `depuis`, `entre`, a length of time. */
const SAYS_WHEN = new RegExp(
  String.raw`(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\p{L})(?:depuis|entre|en\s+${LENGTH})(?!\p{L})`,
  "u",
);

/**
 * The candidate, its count question ending on the span of time its sentence gives the count
 * over, when the question says no time.
 *
 * @example
 * // "Selon la navigation lacustre, quatre naufrages ont été enregistrés depuis janvier sur le lac."
 * withSpan(candidate, body).prompt; // "Combien de naufrages ont été enregistrés depuis janvier ?"
 */
export function withSpan(candidate: Candidate, body: string): Candidate {
  const { answer, prompt } = candidate;
  if (answer.kind !== "number" || !/\s\?$/u.test(prompt) || prompt.includes("……")) {
    return candidate;
  }
  // *Combien de temps … ?* asks the length itself.
  if (/^Combien de temps\s/u.test(prompt) || SAYS_WHEN.test(prompt)) return candidate;
  const { sentence } = candidate;
  const first = SPAN_FIRST.exec(sentence.text);
  // The span must not be the figure asked (`En six semaines` for *… combien de semaines ?*).
  const firstSpan =
    first && answer.quantity.start >= sentence.start + first[0].length ? first[0] : undefined;
  const after = SPAN_AFTER.exec(body.slice(answer.quantity.end, sentence.end));
  // `deux structures provisoires installées dans des conteneurs depuis 2019`: a span after a
  // participle describing the thing counted dates the thing, not the count.
  // A participle after an auxiliary (`ont été enregistrés depuis janvier`) is the count's verb.
  const words = after?.[0].slice(0, after[0].length - (after[1]?.length ?? 0)).match(/\p{Ll}+/gu);
  const described = (words ?? []).some(
    (word, index) =>
      participleOf(word) !== undefined &&
      nounGender(word) === undefined &&
      !AUXILIARY.test(words?.[index - 1] ?? "") &&
      words?.[index - 1] !== "été",
  );
  const span = firstSpan?.replace(/,\s$/u, "") ?? (described ? undefined : after?.[1]);
  if (!span) return candidate;
  return { ...candidate, prompt: prompt.replace(/\s\?$/u, ` ${lowerFirst(span)} ?`) };
}

function lowerFirst(text: string): string {
  return text.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase());
}
