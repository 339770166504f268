import { describe, expect, it } from "vitest";
import { highlightParagraphs } from "../../src/views/highlight-evidence";

const paragraphs = ["Jan Jambon est ministre. Il était à Rabat mardi.", "Charles Michel aussi."];

describe("highlightParagraphs", () => {
  it("leaves the paragraphs whole without highlights, with their offsets in the joined body", () => {
    expect(highlightParagraphs(paragraphs, [])).toEqual([
      { offset: 0, segments: [{ text: paragraphs[0], marks: [] }] },
      { offset: 50, segments: [{ text: paragraphs[1], marks: [] }] },
    ]);
  });

  it("cuts at evidence boundaries, offsets counting the blank line between paragraphs", () => {
    const [first, second] = highlightParagraphs(paragraphs, [
      { questionId: "q2", correct: false, start: 25, end: 48 },
      { questionId: "q5", correct: true, start: 50, end: 71 },
    ]);
    expect(first?.segments).toEqual([
      { text: "Jan Jambon est ministre. ", marks: [] },
      {
        text: "Il était à Rabat mardi.",
        marks: [{ questionId: "q2", correct: false, first: true }],
      },
    ]);
    expect(second?.segments).toEqual([
      { text: "Charles Michel aussi.", marks: [{ questionId: "q5", correct: true, first: true }] },
    ]);
  });

  it("nests the marks of questions sharing a sentence, wrong answers innermost", () => {
    const [first] = highlightParagraphs(paragraphs, [
      { questionId: "q1", correct: false, start: 0, end: 24 },
      { questionId: "q3", correct: true, start: 0, end: 24 },
    ]);
    expect(first?.segments[0]).toEqual({
      text: "Jan Jambon est ministre.",
      marks: [
        { questionId: "q3", correct: true, first: true },
        { questionId: "q1", correct: false, first: true },
      ],
    });
  });

  it("splits overlapping evidence, giving the element id to each question's first piece only", () => {
    const [first] = highlightParagraphs(paragraphs, [
      { questionId: "q1", correct: true, start: 0, end: 30 },
      { questionId: "q2", correct: true, start: 25, end: 48 },
    ]);
    expect(first?.segments).toEqual([
      {
        text: "Jan Jambon est ministre. ",
        marks: [{ questionId: "q1", correct: true, first: true }],
      },
      {
        text: "Il ét",
        marks: [
          { questionId: "q1", correct: true, first: false },
          { questionId: "q2", correct: true, first: true },
        ],
      },
      { text: "ait à Rabat mardi.", marks: [{ questionId: "q2", correct: true, first: false }] },
    ]);
  });

  it("keeps every character, in order", () => {
    const cut = highlightParagraphs(paragraphs, [
      { questionId: "q1", correct: true, start: 3, end: 60 },
      { questionId: "q2", correct: false, start: 10, end: 12 },
    ]);
    expect(cut.map(({ segments }) => segments.map(({ text }) => text).join(""))).toEqual(
      paragraphs,
    );
  });
});
