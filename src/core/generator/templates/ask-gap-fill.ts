/**
 * @module
 * Gap-fill questions: a clause of the article with a key phrase left out — a short quotation, a
 * date, a year, a quantity, a place, an organisation or a person. They cover what the other
 * templates cannot phrase as a question.
 */
import type { ArticleAnalysis, Mention } from "../../french/entities";
import type { Sentence } from "../../french/split-sentences";
import { normalizeAnswer } from "../../marking/normalize-answer";
import type { Candidate, CandidateAnswer } from "../candidate";
import { sentenceContaining } from "../sentence-containing";

const GAP = "……";
const MAX_CLAUSE = 180;
const MIN_CLAUSE = 80;
/** Fewer words around the gap leave too little to go on. */
const MIN_CONTEXT_WORDS = 8;
/** A short quotation: 1 to 6 words between quotes. */
const SHORT_QUOTE = /[«"“]\s*([^«»"“”]{3,60}?)\s*[»"”]/gu;
/** A number written in digits (`3,2`, `100 000`), not part of a date or a word. */
const BARE_NUMBER = /(?<![\p{L}\d/,.])\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d+)?(?![\d/])/gu;
/** A year after a preposition: `en 2019`, `depuis 1815`. */
const YEAR =
  /(?<![\p{L}\d])(?:en|depuis|dès|jusqu['’]en|avant|après|de|vers)\s+(?<year>1\d{3}|20\d{2})(?![\d])/gu;

/**
 * Proposes a gap-fill question for each key phrase of each sentence.
 *
 * @example
 * askGapFill(analysis)[0]?.prompt;
 * // "Complétez : « … a fait part de son admiration pour la technologie …… utilisée … »"
 */
export function askGapFill(analysis: ArticleAnalysis): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (mention: Mention, answer: CandidateAnswer, reliability: number) => {
    const sentence = sentenceContaining(analysis.sentences, mention.start);
    if (!sentence || mention.end > sentence.end) return;
    // A quotation without the rest of its sentence loses who said it.
    const whole = answer.kind === "phrase";
    const prompt = gapPrompt(analysis.body, sentence, mention, whole);
    if (!prompt) return;
    candidates.push({
      template: "gap-fill",
      prompt,
      answer,
      sentence,
      reliability,
      // One gap per thing: the same date or person left out twice asks the same.
      topic: `gap:${gapKey(answer, mention)}`,
      // Options must fit the words around the gap (`du ……`): only people and numbers always do.
      choice: answer.kind === "person" || answer.kind === "number" || answer.kind === "place",
    });
  };
  for (const match of analysis.body.matchAll(SHORT_QUOTE)) {
    const text = match[1] ?? "";
    const words = text.split(/\s+/).length;
    if (words > 6 || /[.!?]$/.test(text)) continue;
    const start = match.index + match[0].indexOf(text);
    add({ text, start, end: start + text.length }, { kind: "phrase", text }, 0.6);
  }
  for (const date of analysis.dates) if (date.day) add(date, { kind: "date", date }, 0.55);
  for (const match of analysis.body.matchAll(YEAR)) {
    const text = match.groups?.year ?? "";
    const start = match.index + match[0].length - text.length;
    const quantity = { text, start, end: start + text.length, value: Number(text), unit: "" };
    add(quantity, { kind: "number", quantity }, 0.5);
  }
  for (const quantity of analysis.quantities) add(quantity, { kind: "number", quantity }, 0.55);
  for (const place of analysis.places) {
    for (const mention of place.mentions.slice(0, 2)) add(mention, { kind: "place", place }, 0.45);
  }
  for (const organisation of analysis.organisations) {
    const mention = organisation.mentions[0];
    if (mention) add(mention, { kind: "organisation", organisation, form: "either" }, 0.45);
  }
  for (const person of analysis.people) {
    for (const mention of person.mentions.slice(0, 2))
      add(mention, { kind: "person", person }, 0.45);
  }
  for (const name of analysis.names) add(name, { kind: "phrase", text: name.text }, 0.35);
  for (const match of analysis.body.matchAll(BARE_NUMBER)) {
    const text = match[0];
    const covered = analysis.quantities.some((q) => q.start <= match.index && match.index < q.end);
    if (covered) continue;
    const value = Number(text.replace(/\s/g, "").replace(",", "."));
    const quantity = { text, start: match.index, end: match.index + text.length, value, unit: "" };
    add(quantity, { kind: "number", quantity }, 0.3);
  }
  return candidates;
}

/** `Complétez : « clause with a gap »`, or undefined when the phrase appears twice in the clause. */
function gapPrompt(
  body: string,
  sentence: Sentence,
  mention: Mention,
  whole: boolean,
): string | undefined {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_CLAUSE) {
    if (whole) return undefined;
    // Widen from the phrase to the nearest commas until the clause reads on its own.
    start = mention.start;
    end = mention.end;
    while (end - start < MIN_CLAUSE && (start > sentence.start || end < sentence.end)) {
      // `, ` and not `,`: a decimal comma (`7,9`) does not end a clause.
      const before = body.lastIndexOf(", ", start - 3);
      const after = body.indexOf(", ", end + 1);
      start = before >= sentence.start ? before + 2 : sentence.start;
      end = after !== -1 && after < sentence.end ? after : sentence.end;
    }
    if (end - start > MAX_CLAUSE) return undefined;
  }
  const clause = `${body.slice(start, mention.start)}${GAP}${body.slice(mention.end, end)}`
    .replace(/\s+/g, " ")
    .trim();
  const rest = normalizeAnswer(clause.replace(GAP, " "));
  if (` ${rest} `.includes(` ${normalizeAnswer(mention.text)} `)) return undefined;
  if (rest.split(" ").length < MIN_CONTEXT_WORDS) return undefined;
  const open = start > sentence.start ? "… " : "";
  const close = end < sentence.end ? " …" : "";
  return `Complétez : « ${open}${clause}${close} »`;
}

function gapKey(answer: CandidateAnswer, mention: Mention): string {
  switch (answer.kind) {
    case "person":
      return answer.person.name;
    case "place":
      return answer.place.name;
    case "organisation":
      return answer.organisation.name;
    case "date":
      return `${answer.date.year}-${answer.date.month}-${answer.date.day}`;
    default:
      return `${mention.start}`;
  }
}
