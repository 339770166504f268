/**
 * @module
 * Cuts the article's paragraphs where evidence sentences start and end, so each piece can be
 * wrapped in the `<mark>` elements of the questions it justifies. public/quiz.js cuts the same
 * way when it shows results without reloading: change both together.
 */

/** The evidence of one marked question: offsets into `paragraphs.join("\n\n")`. */
export interface Highlight {
  questionId: string;
  /** The question's number in the quiz, shown on its highlight. */
  number?: number;
  correct: boolean;
  start: number;
  end: number;
}

/** One `<mark>` around a piece of text. */
export interface SegmentMark {
  questionId: string;
  number?: number;
  correct: boolean;
  /** Whether this is the first piece of that question's evidence: it carries the element id. */
  first: boolean;
}

/** A piece of a paragraph and the marks around it, outermost first (none: plain text). */
export interface Segment {
  text: string;
  marks: SegmentMark[];
}

/** A paragraph, where it starts in the joined body, and its pieces. */
export interface HighlightedParagraph {
  offset: number;
  segments: Segment[];
}

/** Paragraphs are joined with a blank line; evidence offsets count it. */
const PARAGRAPH_SEPARATOR_LENGTH = 2;

/**
 * The paragraphs cut at every evidence boundary. Questions often share a sentence, so one piece
 * may sit in several marks; wrong answers' marks go innermost, so their colour is the one seen.
 *
 * @example
 * highlightParagraphs(["Jan Jambon est ministre. Il était à Rabat."], [
 *   { questionId: "q2", correct: false, start: 25, end: 42 },
 * ]);
 * // [{ offset: 0, segments: [
 * //   { text: "Jan Jambon est ministre. ", marks: [] },
 * //   { text: "Il était à Rabat.", marks: [{ questionId: "q2", correct: false, first: true }] },
 * // ] }]
 */
export function highlightParagraphs(
  paragraphs: readonly string[],
  highlights: readonly Highlight[],
): HighlightedParagraph[] {
  const ordered = [
    ...highlights.filter((highlight) => highlight.correct),
    ...highlights.filter((highlight) => !highlight.correct),
  ];
  const started = new Set<string>();
  let offset = 0;
  return paragraphs.map((text) => {
    const start = offset;
    const end = start + text.length;
    offset = end + PARAGRAPH_SEPARATOR_LENGTH;
    const inside = ordered
      .map((highlight) => ({
        highlight,
        from: Math.max(highlight.start, start),
        to: Math.min(highlight.end, end),
      }))
      .filter(({ from, to }) => from < to);
    const cuts = [...new Set([start, end, ...inside.flatMap(({ from, to }) => [from, to])])].sort(
      (a, b) => a - b,
    );
    const segments: Segment[] = [];
    for (let index = 0; index + 1 < cuts.length; index += 1) {
      const from = cuts[index] as number;
      const to = cuts[index + 1] as number;
      const marks = inside
        .filter((piece) => piece.from <= from && piece.to >= to)
        .map(({ highlight: { questionId, number, correct } }) => {
          const first = !started.has(questionId);
          started.add(questionId);
          return { questionId, ...(number === undefined ? {} : { number }), correct, first };
        });
      segments.push({ text: text.slice(from - start, to - start), marks });
    }
    return { offset: start, segments };
  });
}
