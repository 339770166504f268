import { describe, expect, it } from "vitest";
import { parseFrenchNumber, readFrenchNumber } from "../../../src/core/french/parse-french-number";

describe("parseFrenchNumber", () => {
  it.each([
    ["2", 2],
    ["0", 0],
    ["2,5", 2.5],
    ["2.5", 2.5],
    ["1000", 1000],
    ["1 000", 1000],
    ["1\u00a0000", 1000], // non-breaking space
    ["1\u202f000", 1000], // narrow non-breaking space
    ["1.000", 1000],
    ["2 300 000", 2_300_000],
    ["-3", -3],
    ["3 millions", 3_000_000],
    ["2,5 millions d'euros", 2_500_000],
    ["zéro", 0],
    ["un", 1],
    ["une", 1],
    ["deux", 2],
    ["Deux", 2],
    ["dix-sept", 17],
    ["vingt", 20],
    ["vingt et un", 21],
    ["vingt-deux", 22],
    ["soixante-dix", 70],
    ["soixante et onze", 71],
    ["soixante-dix-sept", 77],
    ["quatre-vingts", 80],
    ["quatre-vingt-un", 81],
    ["quatre-vingt-dix-neuf", 99],
    ["cent", 100],
    ["cent deux", 102],
    ["cent quatre-vingts", 180],
    ["deux cents", 200],
    ["deux cent trente", 230],
    ["mille", 1000],
    ["deux mille seize", 2016],
    ["trois cent mille", 300_000],
    ["trois millions", 3_000_000],
    ["deux millions cinq cent mille", 2_500_000],
    ["septante", 70],
  ])("%j is %d", (input, value) => {
    expect(parseFrenchNumber(input)).toBe(value);
  });

  it.each([
    ["deux jours", 2],
    ["2 jours", 2],
    ["  deux   jours ", 2],
    ["1 000 personnes", 1000],
    ["quarante-cinq %", 45],
    ["trois millions d'habitants", 3_000_000],
  ])("ignores the unit after the number: %j is %d", (input, value) => {
    expect(parseFrenchNumber(input)).toBe(value);
  });

  it.each([
    [""],
    ["   "],
    ["jours"],
    ["Rabat"],
    ["et"],
    ["deux trois"],
    ["vingt dix"],
    ["constructor"],
  ])("reads no number in %j", (input) => {
    expect(parseFrenchNumber(input)).toBeUndefined();
  });

  it("does not take `et` after a number for part of it", () => {
    expect(parseFrenchNumber("deux et demi")).toBe(2);
  });
});

describe("readFrenchNumber", () => {
  it.each([
    ["quatorze kilomètres", 14, " kilometres"],
    ["14 km", 14, " km"],
    ["14km", 14, "km"],
    ["2,5 millions d'euros", 2_500_000, " d'euros"],
    ["1,5 million", 1_500_000, ""],
    ["vingt et un jours", 21, " jours"],
    ["quatre-vingt-dix-neuf %", 99, " %"],
    ["deux millions cinq cent mille habitants", 2_500_000, " habitants"],
    ["deux et demi", 2, " et demi"],
    ["15 %", 15, " %"],
  ])("%j is %d, then %j", (input, value, rest) => {
    expect(readFrenchNumber(input)).toEqual({ value, rest });
  });

  it("reads nothing where parseFrenchNumber reads nothing", () => {
    expect(readFrenchNumber("jours")).toBeUndefined();
  });
});
