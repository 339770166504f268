/**
 * @module
 * French sentence splitting with offsets, robust to abbreviations, initials and numbers.
 */

/** A sentence of a text, with its offsets in that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "mlles",
    "dr",
    "pr",
    "me",
    "mgr",
    "st",
    "ste",
    "etc",
    "cf",
    "env",
    "av",
    "apr",
    "p",
    "pp",
    "n",
    "no",
    "vol",
    "chap",
    "art",
    "al",
    "bd",
    "fig",
    "hab",
    "gén",
    "col",
    "cap",
    "lt",
    "sgt",
    "jr",
    "sr",
    "ex",
    "vs",
    "c",
    "j",
  ].map((word) => word.normalize("NFC")),
);

const segmenter = new Intl.Segmenter("fr", { granularity: "sentence" });

/**
 * Splits a text into sentences. Paragraph breaks always end a sentence; a full stop after an
 * abbreviation (`M.`, `Mme.`, `etc.`), an initial (`J.`, `J.-C.`) or inside a number does not.
 *
 * @example
 * splitSentences("M. Dupont est arrivé. Il a parlé.").map((s) => s.text);
 * // ["M. Dupont est arrivé.", "Il a parlé."]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphsOf(text)) {
    let pending: Sentence | undefined;
    for (const { segment, index } of segmenter.segment(paragraph.text)) {
      let start = paragraph.start + index;
      let text = segment;
      // The segmenter cuts before a closing quote (`… gagnerons. | » Le ministre`): the quote
      // belongs to the sentence it closes.
      const quote = /^\s*[»”]/u.exec(text);
      if (pending && quote) {
        pending = { ...pending, text: pending.text + quote[0], end: pending.end + quote[0].length };
        start += quote[0].length;
        text = text.slice(quote[0].length);
        if (text.trim() === "") continue;
      }
      const piece = { text, start, end: start + text.length };
      if (pending && !endsSentence(pending.text, piece.text)) {
        pending = { text: pending.text + piece.text, start: pending.start, end: piece.end };
        continue;
      }
      if (pending) sentences.push(trimmed(pending));
      pending = piece;
    }
    if (pending) sentences.push(trimmed(pending));
  }
  return sentences.filter((sentence) => sentence.text.length > 0);
}

function paragraphsOf(text: string): Sentence[] {
  const paragraphs: Sentence[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    paragraphs.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

/** Closing quotation marks, which a sentence may end on after its full stop. */
const QUOTES = new Set(["»", "”", '"']);
const SPACE = /\s/u;

/**
 * Words that open a sentence and never follow an initial in a name; an article before a common
 * noun (`l'hépatite B. Le coût …`), not before a surname (`J. Le Gall`).
 */
const SENTENCE_OPENER =
  /^\s*(?:(?:Il|Elle|Ils|Elles|On|Les|Cette|Ces|Cet|Ce|Selon|Mais|Pour|Dans|En|Au|Aux)\s|(?:Le|La|Un|Une|Des)\s+\p{Ll}|L['’]\p{Ll})/u;

/** Whether `before` really ends a sentence, given the segment that follows it. */
function endsSentence(before: string, after: string): boolean {
  // `« … ! », sourit Maëlle` and `« … ! » a-t-elle dit`: the quotation is part of the sentence.
  if (/^\s*[,;:)]/u.test(after)) return false;
  // `before` is read from its end by hand: patterns ending on `$` would be tried at every
  // position of the sentence so far, for every segment.
  const text = before.trimEnd();
  const quoted = QUOTES.has(text.at(-1) ?? "");
  let end = text.length;
  while (end > 0 && (QUOTES.has(text[end - 1] ?? "") || SPACE.test(text[end - 1] ?? ""))) end -= 1;
  const tail = text.slice(0, end);
  if (/^\s*\p{Ll}/u.test(after) && (quoted || /[!?…]/u.test(tail.at(-1) ?? ""))) return false;
  if (!tail.endsWith(".")) return true;
  // `sous une température de 24 °C. Le parcours …`: a unit of degrees, no initial (round 121:
  // the two sentences read as one gave *Qui a tracé le départ à 7h … ?*).
  if (/°\s?[CF]\.$/u.test(tail)) return true;
  // The last word holds no space: the pattern is tried on what follows the last one.
  const lastWord = /([\p{L}.-]+)\.$/u.exec(tail.slice(tail.lastIndexOf(" ") + 1))?.[1] ?? "";
  const bare = lastWord.toLowerCase().replace(/\.$/, "");
  if (ABBREVIATIONS.has(bare)) return false;
  // Initials: a single capital (J.), or dotted ones (J.-C., U.S.); but `la saison B. Il …`: a
  // pronoun or an article is no surname, and opens the next sentence.
  if (/^(?:\p{Lu}|(?:\p{Lu}\.-?)+\p{Lu})$/u.test(lastWord)) return SENTENCE_OPENER.test(after);
  // A lowercase start is not a new sentence (e.g. after an unknown abbreviation).
  return !/^\s*\p{Ll}/u.test(after);
}

function trimmed(sentence: Sentence): Sentence {
  const leading = sentence.text.length - sentence.text.trimStart().length;
  const text = sentence.text.trim();
  return { text, start: sentence.start + leading, end: sentence.start + leading + text.length };
}
