import { describe, expect, it } from "vitest";
import { followsArticleAndNoun, hasFiniteVerb } from "../../../src/core/french/has-finite-verb";

describe("hasFiniteVerb", () => {
  it.each([
    "le nombre de places a été réduit de moitié",
    "elle ne s'applique pas aux baux en cours",
    "l'horaire imposé ne respectait ni le délai",
  ])("finds the verb of %s", (clause) => {
    expect(hasFiniteVerb(clause)).toBe(true);
  });

  it.each([
    "le nombre de places de stationnement",
    "les risques liés aux cours mondiaux de l'énergie",
  ])("finds none in %s (a noun shared with a verb after its determiner)", (clause) => {
    expect(hasFiniteVerb(clause)).toBe(false);
  });
});

describe("hasFiniteVerb on a verb the lexicon also knows as a noun", () => {
  it("takes it for the verb right after an article and its noun", () => {
    expect(hasFiniteVerb("la fréquentation baisse de près de 40 %")).toBe(true);
    expect(hasFiniteVerb("la baisse de la fréquentation")).toBe(false);
    expect(hasFiniteVerb("une forte baisse")).toBe(false);
  });
});

describe("followsArticleAndNoun", () => {
  it("takes the place after an article and a plain noun for a verb's (the @example)", () => {
    expect(followsArticleAndNoun("la", "fréquentation")).toBe(true);
    expect(followsArticleAndNoun("Le", "festival")).toBe(true);
    expect(followsArticleAndNoun("la", "baisse")).toBe(false);
    expect(followsArticleAndNoun("de", "fréquentation")).toBe(false);
  });
});
