import { describe, expect, it } from "vitest";
import { isIntertitle } from "../../../src/core/article/is-intertitle";

describe("isIntertitle", () => {
  it.each([
    "Des contrôles renforcés",
    "Doublé pour Lakehal au sprint",
    "Une enquête ouverte",
    "L'opposition dénonce un calendrier « irréaliste »",
  ])("takes %s for an intertitle", (block) => {
    expect(isIntertitle(block)).toBe(true);
  });

  it.each([
    "Le 12/03/2024 à 14h05",
    "Photo : AIB",
    "Le conseil a voté le budget.",
    "Wendpouiré",
    "« Nous avons gagné »",
    "Il conclut : « Nous partons. »",
  ])(
    "does not take %s for one (a date line, a credit, a sentence, a word, a quotation)",
    (block) => {
      expect(isIntertitle(block)).toBe(false);
    },
  );
});
