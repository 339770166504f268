/**
 * allMatches lists what `[...text.matchAll(pattern)]` lists, empty matches and letters outside
 * the BMP included, and leaves the pattern ready for the next call.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "../../../src/core/text/all-matches";

const pieceArb = fc.constantFrom("ab", "a", " ", "𝐀", "é", "1", "22", "\n", ",");
const textArb = fc.array(pieceArb, { maxLength: 12 }).map((pieces) => pieces.join(""));
const patternArb = fc.constantFrom(
  /\d+/g,
  /a*/gu,
  /(?<!\p{L})\p{L}+/gu,
  /(?:)/g,
  /(?:)/gu,
  /\s|$/gu,
  /.(?=\d)/gu,
);

const shape = (matches: RegExpMatchArray[]) =>
  matches.map((match) => [match.index, ...match] as const);

describe("allMatches", () => {
  it("lists the matches left to right", () => {
    expect(allMatches("a1 b22", /\d+/g).map((match) => match[0])).toEqual(["1", "22"]);
    const pattern = /b/g;
    allMatches("abc", pattern);
    expect(pattern.lastIndex).toBe(0);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => allMatches("a", /a/)).toThrow(TypeError);
  });

  it("agrees with matchAll", () => {
    fc.assert(
      fc.property(textArb, patternArb, (text, pattern) => {
        expect(shape(allMatches(text, pattern))).toEqual(shape([...text.matchAll(pattern)]));
      }),
    );
  });
});
