/**
 * @module
 * Cuts the article's paragraphs where evidence sentences start and end, so each piece can be
 * wrapped in the `<mark>` elements of the questions it justifies. The server's pages and the
 * quiz page's script (src/client/quiz-page.tsx) both cut with it.
 */
import type { QuestionResult } from "../core/marking/mark-sheet";

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

/**
 * The evidence of each question of a marked sheet, right or wrong, to mark in the article, with
 * the question's number in the quiz (its place in `questions`) to show on its highlight.
 *
 * @example
 * toHighlights(markSheet(quiz, answers).results, quiz.questions);
 * // [{ questionId: "q1", number: 1, correct: true, start: 0, end: 24 }, …]
 */
export function toHighlights(
  results: readonly Pick<QuestionResult, "questionId" | "correct" | "evidence">[],
  questions: readonly { id: string }[],
): Highlight[] {
  return results.map(({ questionId, correct, evidence }) => ({
    questionId,
    number: questions.findIndex((question) => question.id === questionId) + 1,
    correct,
    start: evidence.start,
    end: evidence.end,
  }));
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
