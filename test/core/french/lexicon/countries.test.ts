import { describe, expect, it } from "vitest";
import { COUNTRIES } from "../../../../src/core/french/lexicon/countries";

describe("COUNTRIES", () => {
  it("gives every country one of the articles le, la, l', les or none", () => {
    for (const [country, article] of COUNTRIES) {
      expect(["le", "la", "l'", "les", ""], country).toContain(article);
    }
  });

  it("uses l' exactly for the singular names that start with a vowel", () => {
    for (const [country, article] of COUNTRIES) {
      if (article === "" || article === "les") continue;
      const vowel = /^[AEÉIOUY]/u.test(country);
      expect(article === "l'", country).toBe(vowel);
    }
  });

  it("writes every name capitalised, once, and knows the usual ones", () => {
    const names = [...COUNTRIES.keys()];
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\p{Lu}/u);
    expect(COUNTRIES.get("Maroc")).toBe("le");
    expect(COUNTRIES.get("Belgique")).toBe("la");
    expect(COUNTRIES.get("États-Unis")).toBe("les");
    expect(COUNTRIES.get("Israël")).toBe("");
  });
});
