import { describe, expect, it } from "vitest";
import { toMasculineParticiple } from "../../../../src/core/french/grammar/to-masculine-participle";

describe("toMasculineParticiple", () => {
  it.each([
    ["conduite", "conduit"],
    ["données", "donné"],
    ["inaugurée", "inauguré"],
    ["remportés", "remporté"],
    ["votés", "voté"],
    ["élue", "élu"],
    ["élus", "élu"],
    ["vendues", "vendu"],
    ["battue", "battu"],
    ["reçue", "reçu"],
    ["tenue", "tenu"],
    ["faite", "fait"],
    ["faites", "fait"],
    ["écrites", "écrit"],
    ["construites", "construit"],
    ["ouverte", "ouvert"],
    ["offerte", "offert"],
    ["peinte", "peint"],
    ["prise", "pris"],
    ["prises", "pris"],
    ["remise", "remis"],
    ["acquise", "acquis"],
    ["saisie", "saisi"],
    ["choisie", "choisi"],
  ])("%j → %j", (participle, expected) => {
    expect(toMasculineParticiple(participle)).toBe(expected);
  });

  it.each([
    "conduit",
    "donné",
    "mis",
    "pris",
    "admis",
    "compris",
    "permis",
    "assis",
    "écrit",
    "vendu",
  ])("keeps the masculine singular %j as it is", (participle) => {
    expect(toMasculineParticiple(participle)).toBe(participle);
  });

  it.each([
    ["saisis", "saisi"],
    ["choisis", "choisi"],
    ["réunis", "réuni"],
  ])("drops the plural -s of a participle in -i: %j → %j", (participle, expected) => {
    expect(toMasculineParticiple(participle)).toBe(expected);
  });
});
