import { describe, expect, it } from "vitest";
import { valuesIn } from "../../../src/core/french/values-in";

describe("valuesIn", () => {
  it("reads digits with French thousands and decimals, with and without their scale word", () => {
    expect(valuesIn("Le prix du cacao relevé à 1 800 FCFA, 12 M$ d'aide")).toEqual([
      1800, 12, 12_000_000,
    ]);
    expect(valuesIn("3,5 milliards pour 6.000 jeunes")).toEqual([3.5, 3_500_000_000, 6000]);
  });

  it("reads a count in words", () => {
    expect(valuesIn("Madagascar : au moins onze morts après le cyclone")).toEqual([11]);
  });

  it("finds nothing in a text without a number", () => {
    expect(valuesIn("Genève inaugure son tram")).toEqual([]);
  });
});
