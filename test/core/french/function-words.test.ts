import { describe, expect, it } from "vitest";
import { FUNCTION_WORDS } from "../../../src/core/french/function-words";

describe("FUNCTION_WORDS", () => {
  it.each(["le", "l", "d", "de", "à", "et", "qui", "selon", "outre", "lundi", "mars", "madame"])(
    "knows %j",
    (word) => {
      expect(FUNCTION_WORDS.has(word)).toBe(true);
    },
  );

  it.each(["Paris", "michel", "ministre", "direction", "nantes", "rolland"])(
    "does not hold the name or noun %j",
    (word) => {
      expect(FUNCTION_WORDS.has(word)).toBe(false);
    },
  );

  it("holds lowercase single words only, so that callers look up `word.toLowerCase()`", () => {
    for (const word of FUNCTION_WORDS) {
      expect(word).toBe(word.toLowerCase());
      expect(word).toMatch(/^\p{L}+$/u);
    }
  });
});
