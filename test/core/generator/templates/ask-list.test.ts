import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askList } from "../../../../src/core/generator/templates/ask-list";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askList(analysis).map((candidate) => {
    const forms = answerForms(candidate.answer, analysis);
    return { prompt: candidate.prompt, answer: forms.answer, accepted: forms.accepted };
  });
}

describe("askList", () => {
  it("asks one of the points a text provides for, any item right, long ones typed shorter (the @example)", () => {
    expect(
      asked(
        "Le texte prévoit notamment la création d'un système commun d'alerte précoce contre les inondations, l'harmonisation des règles de pêche et la réalisation d'une étude d'impact avant tout nouvel aménagement hydroélectrique sur le fleuve.",
      ),
    ).toEqual([
      {
        prompt: "Quel est l'un des points que prévoit le texte ?",
        answer: "la création d'un système commun d'alerte précoce contre les inondations",
        accepted: [
          "la création d'un système commun d'alerte précoce contre les inondations",
          "la création d'un système commun d'alerte précoce",
          "l'harmonisation des règles de pêche",
          "la réalisation d'une étude d'impact avant tout nouvel aménagement hydroélectrique sur le fleuve",
          // Not `la réalisation d'une étude`: cut inside `étude d'impact`, it loses its sense.
          "la réalisation d'une étude d'impact",
        ],
      },
    ]);
  });

  it("calls the items what the sentence calls them (`trois volets :`) and reads `comprend`", () => {
    expect(
      asked(
        "Le plan comprend trois volets : la rénovation des écoles, la construction d'un gymnase et l'achat de bus.",
      ).map((q) => [q.prompt, q.accepted]),
    ).toEqual([
      [
        "Quel est l'un des volets que comprend le plan ?",
        ["la rénovation des écoles", "la construction d'un gymnase", "l'achat de bus"],
      ],
    ]);
  });

  it("asks nothing of a clause after the verb, one item, or a list that runs into another clause", () => {
    expect(
      asked("La loi prévoit que les médecins s'installent dans les zones sous-dotées."),
    ).toEqual([]);
    expect(asked("Le texte prévoit la création d'un comité mixte.")).toEqual([]);
    expect(
      asked(
        "Le texte prévoit la création d'un comité et la tenue d'une réunion qui aura lieu en mai.",
      ),
    ).toEqual([]);
  });
});
