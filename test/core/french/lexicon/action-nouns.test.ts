import { describe, expect, it } from "vitest";
import { isActionNoun } from "../../../../src/core/french/lexicon/action-nouns";

describe("isActionNoun", () => {
  it("reads nouns of an action by their ending", () => {
    expect(
      ["construction", "rénovation", "aménagement", "rechargement", "ouverture"].every(
        isActionNoun,
      ),
    ).toBe(true);
  });

  it("leaves out nouns that only end like one", () => {
    expect(
      ["village", "gouvernement", "département", "voyage", "centre", "pâturages"].some(
        isActionNoun,
      ),
    ).toBe(false);
  });
});
