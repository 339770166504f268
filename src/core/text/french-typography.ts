/**
 * @module
 * French typography for text about to be shown: a no-break space before `; ! ?` (narrow,
 * U+202F) and `:` (U+00A0), and inside `« »` (U+00A0), so that no line starts with punctuation;
 * ordinals written as such (`1er`, `2e`, `1re`). Applied when rendering; stored text is left as
 * typed, so marking, search and exports see what the author wrote.
 */
import { MONTH_NAMES } from "../french/lexicon/month-names";

/** U+202F, before `; ! ?`: thin, and no line break on either side. */
export const NARROW_NO_BREAK_SPACE = "\u202f";
/** U+00A0, before `:` and inside `« »`. */
export const NO_BREAK_SPACE = "\u00a0";

export interface SpacingOptions {
  /**
   * Only turn existing spaces into no-break ones, never add one: the text keeps its length, so
   * offsets into it (the evidence marks of the article) stay right.
   */
  keepLength?: boolean;
}

/** Spaces a line may break at, and the no-break ones this module puts. */
const SPACE = "[ \\t\\u00a0\\u202f]";
/** What may follow punctuation that ends a word: a space, the end, more punctuation, a closing. */
const AFTER = "(?=$|[\\s.,;:!?»)\\]…\"'’])";

/**
 * `text` with French spacing around `; : ! ?` and inside `« »`. Punctuation glued to what follows
 * (`10:30`, `https://`, `?q=mots`) is not a sentence's, and is left alone; so is `?!`.
 *
 * @example
 * frenchSpacing("Pourquoi ? « Parce que ».") // "Pourquoi\u202f? «\u00a0Parce que\u00a0»."
 * frenchSpacing("Il a dit: oui!") // "Il a dit\u00a0: oui\u202f!"
 * frenchSpacing("Il a dit: oui !", { keepLength: true }) // "Il a dit: oui\u202f!"
 */
export function frenchSpacing(text: string, { keepLength = false }: SpacingOptions = {}): string {
  const before = (punctuation: string, space: string) => {
    // A run of spaces before the sign becomes one no-break space (its last one, keeping length).
    const spaced = new RegExp(`(^|\\S)(${SPACE}+)([${punctuation}])${AFTER}`, "gu");
    let result = text.replace(spaced, (_, previous: string, spaces: string, sign: string) =>
      keepLength
        ? `${previous}${spaces.slice(0, -1)}${space}${sign}`
        : `${previous}${space}${sign}`,
    );
    if (!keepLength) {
      // No space at all: one is added, unless the sign follows another (`?!`, `!!`).
      const glued = new RegExp(`([^\\s!?;:«(\\[/])([${punctuation}])${AFTER}`, "gu");
      result = result.replace(glued, `$1${space}$2`);
    }
    return result;
  };
  text = before(";!?", NARROW_NO_BREAK_SPACE);
  text = before(":", NO_BREAK_SPACE);
  // Inside the quotation marks.
  text = text.replace(new RegExp(`«${SPACE}+`, "gu"), (spaces) =>
    keepLength ? `«${NO_BREAK_SPACE.repeat(spaces.length - 1)}` : `«${NO_BREAK_SPACE}`,
  );
  text = text.replace(new RegExp(`${SPACE}+»`, "gu"), (spaces) =>
    keepLength ? `${NO_BREAK_SPACE.repeat(spaces.length - 1)}»` : `${NO_BREAK_SPACE}»`,
  );
  if (!keepLength) {
    text = text.replace(/«(?=[^\s»])/gu, `«${NO_BREAK_SPACE}`);
    text = text.replace(/([^\s«])»/gu, `$1${NO_BREAK_SPACE}»`);
  }
  return text;
}

/** A piece of text: plain, or an ordinal's number and its superscript ending. */
export type TypesetPiece = string | { number: string; suffix: string };

/** `1er`, `1ère`, `2ème`, `3e`, `2nd`, `2de`… as a whole word. */
const ORDINAL =
  /(?<![\p{L}\p{N},.])(\d{1,4})(ères|ère|res|re|ers|er|èmes|ème|emes|eme|es|e|nde|nd|de|d)(?![\p{L}\p{N}])/gu;

/** `1 mars` is written `1er mars`. */
const FIRST_OF_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N},.])1(${SPACE}+(?:${MONTH_NAMES.join("|")}))\\b`,
  "gu",
);

/** The ending an ordinal takes, as the Imprimerie nationale writes it. */
function ordinalSuffix(number: string, written: string): string {
  const plural = written.endsWith("s") && written !== "es" ? "s" : "";
  if (written === "es") return "es";
  if (/^n?de?$/.test(written) && number === "2") return written.includes("e") ? "de" : "d";
  if (number === "1") return /^(re|ère)s?$/.test(written) ? `re${plural}` : `er${plural}`;
  return `e${plural}`;
}

/**
 * `text` with French spacing, cut into plain pieces and ordinals (to set the ending in
 * superscript): `1ère` → 1 + `re`, `2ème` → 2 + `e`, and a month's first day is the `1er`.
 *
 * @example
 * typesetFrench("La 2ème fois, le 1 mars : 4e B.");
 * // ["La ", { number: "2", suffix: "e" }, " fois, le ", { number: "1", suffix: "er" },
 * //  " mars\u00a0: ", { number: "4", suffix: "e" }, " B."]
 */
export function typesetFrench(text: string): TypesetPiece[] {
  const spaced = frenchSpacing(text).replace(FIRST_OF_MONTH, "1er$1");
  const pieces: TypesetPiece[] = [];
  let last = 0;
  for (const match of spaced.matchAll(ORDINAL)) {
    const [whole, number = "", written = ""] = match;
    if (match.index > last) pieces.push(spaced.slice(last, match.index));
    pieces.push({ number, suffix: ordinalSuffix(number, written) });
    last = match.index + whole.length;
  }
  if (last < spaced.length) pieces.push(spaced.slice(last));
  return pieces;
}

/**
 * `text` typeset as plain text (the ordinals' endings inline), for where no markup may go: a
 * page's `<title>`, an `<option>`.
 *
 * @example
 * typesetFrenchText("Devoir « 4ème B »"); // "Devoir «\u00a04e B\u00a0»"
 */
export function typesetFrenchText(text: string): string {
  return typesetFrench(text)
    .map((piece) => (typeof piece === "string" ? piece : `${piece.number}${piece.suffix}`))
    .join("");
}
