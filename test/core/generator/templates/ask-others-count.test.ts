import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askOthersCount } from "../../../../src/core/generator/templates/ask-others-count";

function asked(...sentences: string[]) {
  return askOthersCount(
    analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n"))),
  ).map((c) => [c.prompt, c.answer.kind === "number" ? c.answer.quantity.value : undefined]);
}

describe("askOthersCount", () => {
  it("counts the `autres` of a second clause in the first clause's noun (the @example)", () => {
    expect(
      asked(
        "Au moins neuf personnes ont perdu la vie et vingt-trois autres ont été blessées dimanche dans une collision.",
      ),
    ).toEqual([["Combien de personnes ont été blessées ?", 23]]);
  });

  it("keeps an intransitive verb and reads digits", () => {
    expect(
      asked("Quatorze orpailleurs ont péri et 9 autres sont restés bloqués au fond du puits."),
    ).toEqual([["Combien d'orpailleurs sont restés ?", 9]]);
  });

  it("asks nothing without a counted noun before, nor of one other", () => {
    expect(asked("Le maire a démissionné et deux autres ont été élus.")).toEqual([]);
    expect(asked("Neuf personnes ont péri et une autre a été blessée.")).toEqual([]);
  });
});
