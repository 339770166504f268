import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askAmong } from "../../../../src/core/generator/templates/ask-among";

function asked(...sentences: string[]) {
  const analysis = analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n")));
  return askAmong(analysis).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "number" ? candidate.answer.quantity.value : undefined,
  ]);
}

describe("askAmong", () => {
  it("asks how many of a group a count given inverted names (the @example)", () => {
    expect(
      asked(
        "Parmi les victimes figurent cinq enfants, ensevelis samedi.",
        "Parmi les blessés, on compte 12 pompiers.",
      ),
    ).toEqual([
      ["Combien d'enfants figurent parmi les victimes ?", 5],
      ["Combien de pompiers compte-t-on parmi les blessés ?", 12],
    ]);
  });

  it("asks nothing without a count right after the verb", () => {
    expect(
      asked(
        "Parmi les victimes figurent des enfants.",
        "Parmi les lauréats, Paul Durand a reçu 12 voix.",
      ),
    ).toEqual([]);
  });
});
