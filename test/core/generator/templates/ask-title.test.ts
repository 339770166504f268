import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askTitle } from "../../../../src/core/generator/templates/ask-title";

function asked(...sentences: string[]): [string, string][] {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askTitle(analysis).map((candidate) => [
    candidate.prompt,
    answerForms(candidate.answer, analysis).answer,
  ]);
}

describe("askTitle", () => {
  it("asks the title of a work named after its kind, its owner read from the subject", () => {
    expect(
      asked(
        "Le Musée d'art de la Province de Hainaut ouvre ce samedi sa nouvelle exposition, « Noir sur noir », consacrée au paysage minier.",
        "Le Carrefour international de théâtre de Ouagadougou a présenté jeudi la première de sa nouvelle création, « Le Silence des karités ».",
      ),
    ).toEqual([
      [
        "Comment s'intitule la nouvelle exposition du Musée d'art de la Province de Hainaut ?",
        "Noir sur noir",
      ],
      [
        "Comment s'intitule la nouvelle création du Carrefour international de théâtre de Ouagadougou ?",
        "Le Silence des karités",
      ],
    ]);
  });

  it("asks the name of a thing given before its kind, or after a definite kind", () => {
    expect(
      asked(
        "La Banque marocaine de l'épargne a lancé mercredi « Tawfir Pay », un portefeuille électronique qui permet d'ouvrir un compte.",
        "Les manifestants, regroupés au sein du collectif « Gardiens de la vallée », ont installé un barrage.",
      ),
    ).toEqual([
      ["Comment s'appelle le portefeuille électronique ?", "Tawfir Pay"],
      ["Comment s'appelle le collectif ?", "Gardiens de la vallée"],
    ]);
  });

  it("asks nothing of quoted words, of a kind named twice, or of a pronoun's work", () => {
    expect(asked("Le jury a salué un livre « qui change la vie ».")).toEqual([]);
    expect(
      asked(
        "Le jury a primé le documentaire « Les Murs de Derb Sultan ».",
        "Le public a préféré le documentaire « Rif, mémoires d'argile ».",
      ),
    ).toEqual([]);
    expect(asked("Elle a dévoilé mercredi son quatrième album, « Ghorba ».")).toEqual([]);
  });
});

describe("askTitle on a title given before whose work it is", () => {
  it("asks the title of `« … », le 1er roman de …`", () => {
    expect(
      asked(
        "Près de 130 personnes sont venues pour la présentation de « La Dernière Coupe », le 1er roman de Nadège Sainte-Rose, professeure de lettres.",
      ).map(([prompt]) => prompt),
    ).toEqual(["Comment s'intitule le 1er roman de Nadège Sainte-Rose ?"]);
  });
});
