import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askRankedFirst } from "../../../../src/core/generator/templates/ask-ranked-first";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askRankedFirst(analysis).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "phrase" ? candidate.answer.text : undefined,
  ]);
}

describe("askRankedFirst", () => {
  it("asks which one a ranking puts first, by its noun (the @example)", () => {
    expect(
      asked(
        "Le lycée scientifique de Yamoussoukro arrive en tête du classement des établissements au baccalauréat 2026, avec un taux de réussite de 98,6 %.",
        "Comme l'an dernier, la région du Centre-Est (Tenkodogo) arrive en tête avec un taux de succès de 47,52 %.",
      ),
    ).toEqual([
      [
        "Quel lycée arrive en tête du classement des établissements au baccalauréat 2026 ?",
        "le lycée scientifique de Yamoussoukro",
      ],
      ["Quelle région arrive en tête ?", "la région du Centre-Est"],
    ]);
  });

  it("asks nothing of a bare name or a subject too short to be the answer", () => {
    expect(asked("Le Sahel arrive en tête.", "Les filles arrivent en tête des admis.")).toEqual([]);
  });
});
