import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { answerForms } from "../../../../src/core/generator/answer-forms";
import { askGuiltyOf } from "../../../../src/core/generator/templates/ask-guilty-of";

function asked(...sentences: string[]): [string, string[]][] {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askGuiltyOf(analysis).map((candidate) => [
    candidate.prompt,
    answerForms(candidate.answer, analysis).accepted,
  ]);
}

describe("askGuiltyOf", () => {
  it("asks what a named person was found guilty of, the first offence accepted alone", () => {
    expect(
      asked(
        "Steve Bourassa avait été déclaré coupable en septembre d'incendie criminel et de méfait de plus de 5000 $, au terme d'un procès de six jours.",
      ),
    ).toEqual([
      [
        "De quoi est-ce que Steve Bourassa avait été déclaré coupable ?",
        [
          "d'incendie criminel et de méfait de plus de 5000 $",
          "incendie criminel et de méfait de plus de 5000 $",
          "incendie criminel",
        ],
      ],
    ]);
  });

  it("asks what a person pleaded guilty to, not a bare count of charges", () => {
    expect(
      asked(
        "Réjean Bouchard-Lavoie, 51 ans, avait plaidé coupable en septembre à des accusations de vol et de recel.",
      ).map(([prompt]) => prompt),
    ).toEqual(["À quoi est-ce que Réjean Bouchard-Lavoie avait plaidé coupable ?"]);
    expect(
      asked(
        "Réjean Thibodeau, 47 ans, avait plaidé coupable en septembre à deux chefs d'accusation déposés en vertu de la Loi sur les pêches.",
      ),
    ).toEqual([]);
  });
});
