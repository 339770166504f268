import { describe, expect, it } from "vitest";
import { hasFiniteVerb } from "../../../src/core/french/has-finite-verb";

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
