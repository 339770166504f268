import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/french/split-sentences";
import { sentenceContaining } from "../../../src/core/generator/sentence-containing";

const body =
  "Le FC Nantes a battu Lyon 3 à 1. M. Simon a marqué deux buts.\n\nLa rencontre a eu lieu dimanche.";
const sentences = splitSentences(body);

describe("sentenceContaining", () => {
  it("finds the sentence of an offset, from its first character to its last", () => {
    const simon = body.indexOf("Simon");
    expect(sentenceContaining(sentences, simon)?.text).toBe("M. Simon a marqué deux buts.");
    const second = sentences[1];
    if (!second) throw new Error("no second sentence");
    expect(sentenceContaining(sentences, second.start)).toBe(second);
    expect(sentenceContaining(sentences, second.end - 1)).toBe(second);
  });

  it("finds the first sentence at offset 0 and the last one in a later paragraph", () => {
    expect(sentenceContaining(sentences, 0)?.text).toBe("Le FC Nantes a battu Lyon 3 à 1.");
    expect(sentenceContaining(sentences, body.indexOf("dimanche"))?.text).toBe(
      "La rencontre a eu lieu dimanche.",
    );
  });

  it("finds nothing between two sentences, past the end or in no sentences", () => {
    const first = sentences[0];
    if (!first) throw new Error("no sentence");
    expect(sentenceContaining(sentences, first.end)).toBeUndefined();
    expect(sentenceContaining(sentences, body.indexOf("\n\n"))).toBeUndefined();
    expect(sentenceContaining(sentences, body.length)).toBeUndefined();
    expect(sentenceContaining([], 0)).toBeUndefined();
  });
});
