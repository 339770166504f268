import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import { sumsInSentences } from "../../../src/core/generator/sums-in-sentences";

describe("sumsInSentences", () => {
  it("gives each sum of money with its sentence, and no other figure", () => {
    const analysis = analyseArticle(
      parseArticle(
        "Titre\n\nLes 214 membres ont vendu leur récolte à 410 francs CFA le kilogramme. Le crédit atteint 24 millions de francs CFA.",
      ),
    );
    expect(
      sumsInSentences(analysis).map(({ quantity, sentence }) => [
        quantity.value,
        sentence.text.slice(0, 12),
      ]),
    ).toEqual([
      [410, "Les 214 memb"],
      [24, "Le crédit at"],
    ]);
  });
});
