import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askRecipient } from "../../../../src/core/generator/templates/ask-recipient";

function recipientsFor(...sentences: string[]): [string, string][] {
  return askRecipient(
    analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n"))),
  ).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "person"
      ? candidate.answer.person.name
      : candidate.answer.kind === "phrase"
        ? candidate.answer.text
        : "",
  ]);
}

describe("askRecipient", () => {
  it("asks who a prize went to, past a demonym or a role before the name (the @example)", () => {
    expect(
      recipientsFor(
        "Le prix du meilleur court métrage est revenu à la Marocaine Salma Idrissi pour son film.",
        "Le trophée a été remis samedi au capitaine rufisquois, Mamadou Faye, par le Premier ministre.",
      ),
    ).toEqual([
      ["À qui le prix du meilleur court métrage est-il revenu ?", "Salma Idrissi"],
      ["À qui le trophée a-t-il été remis ?", "Mamadou Faye"],
    ]);
  });

  it("keeps the setting that says which race or event (`Sur le semi-marathon, la victoire …`)", () => {
    expect(
      recipientsFor("Sur le semi-marathon, la victoire est revenue au Genevois Thibault Rochat."),
    ).toEqual([["À qui la victoire est-elle revenue sur le semi-marathon ?", "Thibault Rochat"]]);
  });

  it("asks which work a prize went to by the work's kind, the pronoun read from `Quant à`", () => {
    expect(
      recipientsFor(
        "Quant au prix du public, il a été attribué au documentaire « Port de Beyrouth, 18 h 07 », du collectif Ardh.",
      ),
    ).toEqual([
      ["À quel documentaire le prix du public a-t-il été attribué ?", "Port de Beyrouth, 18 h 07"],
    ]);
  });

  it("asks nothing when no person or work receives it, or when a person is given", () => {
    expect(
      recipientsFor(
        "La somme a été versée à la commune.",
        "Le ministre a été reçu à Rabat par le roi.",
        "Karim Benali a été remis à la police jeudi.",
      ),
    ).toEqual([]);
  });
});
