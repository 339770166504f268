import { describe, expect, it } from "vitest";
import { isPreposedAdjective } from "../../../../src/core/french/lexicon/preposed-adjectives";

describe("isPreposedAdjective", () => {
  it("knows the adjectives placed before their noun, in every gender and number", () => {
    for (const word of ["long", "longues", "courts", "nouvel", "nouveaux", "première", "vieil"]) {
      expect(isPreposedAdjective(word)).toBe(true);
    }
  });

  it("takes no noun or adjective placed after its noun for one", () => {
    for (const word of ["métrages", "bus", "tropical", "électriques", "longueur"]) {
      expect(isPreposedAdjective(word)).toBe(false);
    }
  });
});
