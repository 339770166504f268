/**
 * wordOffsets finds what the word-boundary pattern it replaces finds, on generated texts with
 * letters outside the BMP, hyphens, apostrophes and repeated words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordOffsets } from "../../../src/core/text/word-offsets";

const pieceArb = fc.constantFrom(
  "Roy",
  "roy",
  "Royal",
  "-",
  " ",
  "’",
  "é",
  "𝐀",
  "a",
  "\n",
  ",",
  "1",
);
const textArb = fc.array(pieceArb, { maxLength: 14 }).map((pieces) => pieces.join(""));
const wordArb = fc.constantFrom("Roy", "roy", "Roy Roy", "a", "é", "𝐀", "oy", "");

function byPattern(text: string, word: string, hyphens: boolean): number[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const side = hyphens ? "[\\p{L}-]" : "\\p{L}";
  const pattern = new RegExp(`(?<!${side})${escaped}(?!${side})`, "gu");
  return [...text.matchAll(pattern)].map((match) => match.index);
}

describe("wordOffsets", () => {
  it("finds a word alone, not inside another or joined by a hyphen", () => {
    const text = "Michel et Michelle, Jean-Michel; Michel.";
    expect(wordOffsets(text, "Michel", { hyphens: true })).toEqual([0, 33]);
    expect(wordOffsets(text, "Michel")).toEqual([0, 25, 33]);
    expect(wordOffsets(text, "Michel", { first: true })).toEqual([0]);
    expect(wordOffsets("a, b", "")).toEqual([2]);
  });

  it("agrees with the pattern it replaces", () => {
    fc.assert(
      fc.property(textArb, wordArb, fc.boolean(), (text, word, hyphens) => {
        expect(wordOffsets(text, word, { hyphens })).toEqual(byPattern(text, word, hyphens));
      }),
    );
  });
});
