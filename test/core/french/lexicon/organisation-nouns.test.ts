import { describe, expect, it } from "vitest";
import { ORGANISATION_NOUNS } from "../../../../src/core/french/lexicon/organisation-nouns";

describe("ORGANISATION_NOUNS", () => {
  it("maps lowercase nouns to m or f", () => {
    for (const [noun, gender] of ORGANISATION_NOUNS) {
      expect(noun).toBe(noun.toLowerCase());
      expect(["m", "f"], noun).toContain(gender);
    }
  });

  it.each([
    ["direction", "f"],
    ["office", "m"],
    ["cour", "f"],
    ["tribunal", "m"],
    ["conseil", "m"],
    ["société", "f"],
    ["université", "f"],
    ["club", "m"],
    ["équipe", "f"],
  ])("%s is %s", (noun, gender) => {
    expect(ORGANISATION_NOUNS.get(noun)).toBe(gender);
  });
});
