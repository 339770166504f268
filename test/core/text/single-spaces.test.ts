/**
 * singleSpaces is `replace(/\s+/g, " ")`, only faster on text that has single spaces already:
 * checked on generated texts of words and every kind of whitespace.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { singleSpaces } from "../../../src/core/text/single-spaces";

const textArb = fc
  .array(
    fc.constantFrom("mot", "Élise", "’", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u202f", ""),
    {
      maxLength: 12,
    },
  )
  .map((pieces) => pieces.join(""));

describe("singleSpaces", () => {
  it("gives what replacing every run of whitespace with a space gives", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(singleSpaces(text)).toBe(text.replace(/\s+/g, " "));
      }),
    );
  });

  it("collapses line breaks, non-breaking and double spaces", () => {
    expect(singleSpaces("Le  maire\na\u00a0dit")).toBe("Le maire a dit");
  });
});
