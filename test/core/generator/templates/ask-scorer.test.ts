import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askScorer } from "../../../../src/core/generator/templates/ask-scorer";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askScorer(analysis).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "person" ? candidate.answer.person.name : undefined,
  ]);
}

describe("askScorer", () => {
  it("asks who decided the match after the wait, at the minute given (the @example)", () => {
    expect(
      asked(
        "Il a fallu attendre la 81e minute pour voir le défenseur Lamine Danfakha, monté sur un corner, offrir la victoire à son équipe d'une tête plongeante.",
      ),
    ).toEqual([["Qui a offert la victoire à son équipe à la 81e minute ?", "Lamine Danfakha"]]);
    expect(
      asked(
        "Il a fallu attendre la 58e minute pour voir l'attaquant Gaël Nkwenti ouvrir le score de la tête.",
      ),
    ).toEqual([["Qui a ouvert le score à la 58e minute ?", "Gaël Nkwenti"]]);
  });

  it("asks nothing of a wait for a team, or of a deed that decides nothing", () => {
    expect(
      asked("Il a fallu attendre le retour des vestiaires pour voir les locaux réagir."),
    ).toEqual([]);
    expect(
      asked(
        "Il a fallu attendre la 89e minute pour voir le jeune milieu Pitalounani Adjoli, 19 ans, délivrer tout un stade.",
      ),
    ).toEqual([]);
  });
});
