import { describe, expect, it } from "vitest";
import { CITIES } from "../../../../src/core/french/lexicon/cities";
import { COUNTRIES } from "../../../../src/core/french/lexicon/countries";

describe("CITIES", () => {
  it("lists each city once, capitalised", () => {
    expect(new Set(CITIES).size).toBe(CITIES.length);
    for (const city of CITIES) expect(city).toMatch(/^\p{Lu}/u);
  });

  it("knows the cities of the seed article and of French news", () => {
    for (const city of ["Rabat", "Bruxelles", "Paris", "Nantes", "Lyon", "Le Caire", "New York"]) {
      expect(CITIES).toContain(city);
    }
  });

  it("shares only Luxembourg, a city and a country, with the country list", () => {
    expect(CITIES.filter((city) => COUNTRIES.has(city))).toEqual(["Luxembourg"]);
  });
});
