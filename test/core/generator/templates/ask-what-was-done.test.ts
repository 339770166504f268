import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askWhatWasDone } from "../../../../src/core/generator/templates/ask-what-was-done";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askWhatWasDone(analysis).map((candidate) => {
    const forms = answerForms(candidate.answer, analysis);
    return { prompt: candidate.prompt, accepted: forms.accepted };
  });
}

describe("askWhatWasDone", () => {
  it("asks nothing of one of several things (`a aussi été mis en alerte`, round 121)", () => {
    expect(
      asked(
        "Un hélicoptère Cormorant de l'Aviation royale canadienne a aussi été mis en alerte, mais son intervention n'a pas été nécessaire.",
      ),
    ).toEqual([]);
    expect(
      asked(
        "Un hélicoptère Cormorant de l'Aviation royale canadienne a été mis en alerte, mais son intervention n'a pas été nécessaire.",
      ).map((question) => question.prompt),
    ).toEqual(["Qu'est-ce qui a été mis en alerte ?"]);
  });

  it("asks what a lede's passive inaugurated, keeping when and where, without the acronym", () => {
    expect(
      asked(
        "Une unité d'hémodialyse de 24 lits a été inaugurée samedi au Centre hospitalier universitaire (CHU) du Point G par le ministre de la Santé, Mamadou Keïta.",
      ),
    ).toEqual([
      {
        prompt:
          "Qu'est-ce qui a été inauguré samedi au Centre hospitalier universitaire du Point G par le ministre de la Santé ?",
        accepted: ["une unité d'hémodialyse de 24 lits", "une unité d'hémodialyse"],
      },
    ]);
  });

  it("turns a plural and a future to the singular of `Qu'est-ce qui` (the @example's shape)", () => {
    expect(
      asked("Des bus de remplacement seront mis en place entre Martigny et Salvan dès lundi.").map(
        (q) => q.prompt,
      ),
    ).toEqual(["Qu'est-ce qui sera mis en place entre Martigny et Salvan dès lundi ?"]);
    expect(
      asked("Le nouveau pont de la Sanaga a été inauguré samedi à Édéa.").map((q) => q.prompt),
    ).toEqual(["Qu'est-ce qui a été inauguré samedi à Édéa ?"]);
  });

  it("asks nothing of people, shares, two things, a bare event or a circumstance said before", () => {
    expect(
      asked(
        "Le passeur présumé a été arrêté dans la matinée par les services de renseignement.",
        "L'essentiel des médicaments a été découvert dans un magasin du secteur 22.",
        "Les trains InterCity et InterRegio ont été supprimés entre Genève et Lausanne.",
        "Le budget de la commune a été adopté.",
        "Une procédure de consultation a été ouverte le jour même.",
        "Un premier lot de doses a été mis à leur disposition par le ministère.",
      ),
    ).toEqual([]);
  });
});

describe("askWhatWasDone on `par` and a bare name", () => {
  it("asks nothing when `par` gives the way, not the doer (round 88)", () => {
    expect(asked("Une déviation de 14 kilomètres sera mise en place par Noertrange.")).toEqual([]);
  });
});
