import { describe, expect, it } from "vitest";
import { countOccurrences } from "../../../src/core/text/count-occurrences";

describe("countOccurrences", () => {
  it("counts each occurrence of a mark, as a global match would", () => {
    const text = '« Oui », dit-il (« deux » fois) "non".';
    for (const mark of ["«", "»", "(", ")", '"', "“", "o"]) {
      expect(countOccurrences(text, mark)).toBe(
        text.match(new RegExp(mark.replace(/[()]/, "\\$&"), "g"))?.length ?? 0,
      );
    }
    expect(countOccurrences("", "«")).toBe(0);
  });

  it("does not count overlapping occurrences twice", () => {
    expect(countOccurrences("aaaa", "aa")).toBe(2);
  });
});
