import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askPenalty } from "../../../../src/core/generator/templates/ask-penalty";

function penaltiesFor(...sentences: string[]) {
  return askPenalty(analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")))).map(
    (candidate) => ({ prompt: candidate.prompt, answer: candidate.answer }),
  );
}

describe("askPenalty", () => {
  it("asks the penalty of a passive sentencing, keyed as written (the @example)", () => {
    expect(
      penaltiesFor(
        "Deux anciens commerciaux de l'entreprise ont été condamnés à dix-huit mois avec sursis.",
      ),
    ).toEqual([
      {
        prompt:
          "À quelle peine est-ce que deux anciens commerciaux de l'entreprise ont été condamnés ?",
        answer: {
          kind: "phrase",
          text: "dix-huit mois avec sursis",
          asWritten: "à dix-huit mois avec sursis",
        },
      },
    ]);
  });

  it("asks the penalty of an active sentencing, the count of the convicted left to another question", () => {
    const [penalty] = penaltiesFor(
      "Le tribunal correctionnel de Bruxelles a condamné mercredi six prévenus à des peines allant de 18 mois à cinq ans de prison pour une vaste escroquerie.",
    );
    expect(penalty?.prompt).toBe(
      "À quelle peine le tribunal correctionnel de Bruxelles a-t-il condamné les prévenus ?",
    );
    expect(penalty?.answer).toMatchObject({
      text: "de 18 mois à cinq ans de prison",
      asWritten: "à des peines allant de 18 mois à cinq ans de prison",
    });
  });

  it("takes a person's gender for the inversion and stops the penalty at a comma", () => {
    expect(
      penaltiesFor(
        "Le gérant, Stéphane Lacombe, a été condamné mardi à trois ans de prison, dont un ferme.",
      ).map((p) => [p.prompt, p.answer]),
    ).toEqual([
      [
        "À quelle peine Stéphane Lacombe a-t-il été condamné ?",
        { kind: "phrase", text: "trois ans de prison", asWritten: "à trois ans de prison" },
      ],
    ]);
  });

  it("asks nothing of an obligation or of a sentence without a penalty named", () => {
    expect(
      penaltiesFor(
        "La cour a condamné l'entreprise à verser 2 millions d'euros.",
        "Le maire a condamné fermement ces violences.",
        "Il a été condamné à la surprise générale.",
      ),
    ).toEqual([]);
  });
});
