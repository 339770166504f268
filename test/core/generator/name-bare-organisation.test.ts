import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";
import type { Candidate } from "../../../src/core/generator/candidate";
import { nameBareOrganisation } from "../../../src/core/generator/name-bare-organisation";

/** A candidate with `prompt` on the last sentence of `text`, named. */
function named(prompt: string, text: string): string {
  const analysis = analyseArticle(parseArticle(["Titre", text].join("\n\n")));
  const sentence = analysis.sentences.at(-1);
  if (!sentence) throw new Error("no sentence");
  const candidate: Candidate = {
    template: "clause-what",
    prompt,
    answer: { kind: "phrase", text: "la création d'un comité de suivi" },
    sentence,
    reliability: 0.8,
    topic: "t",
    choice: false,
  };
  return nameBareOrganisation(candidate, analysis).prompt;
}

describe("nameBareOrganisation", () => {
  it("names `l'association` after the one association the article names (round 140)", () => {
    expect(
      named(
        "Que demande l'association ?",
        "Selon Benoît Lambotte, porte-parole de l'Association des hébergeurs, l'idée divise. L'association demande la création d'un comité de suivi.",
      ),
    ).toBe("Que demande l'Association des hébergeurs ?");
  });

  it("leaves it when the article names none, or two of that kind", () => {
    expect(
      named(
        "Que demande l'association ?",
        "L'association demande la création d'un comité de suivi.",
      ),
    ).toBe("Que demande l'association ?");
    expect(
      named(
        "Que demande l'association ?",
        "L'Association des hébergeurs et l'Association des commerçants se sont réunies. L'association demande un comité.",
      ),
    ).toBe("Que demande l'association ?");
  });

  it("leaves a noun after a preposition, which says where (`dans la région`)", () => {
    expect(
      named(
        "Combien d'entreprises opèrent dans la région ?",
        "La Région wallonne soutient le secteur. Quelque 140 entreprises opèrent dans la région.",
      ),
    ).toBe("Combien d'entreprises opèrent dans la région ?");
  });
});
