import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askConvicted } from "../../../../src/core/generator/templates/ask-convicted";

function asked(...paragraphs: string[]): [string, string][] {
  const analysis = analyseArticle(parseArticle(["Titre", ...paragraphs].join("\n\n")));
  return askConvicted(analysis).map((candidate) => [
    candidate.prompt,
    candidate.answer.kind === "person" ? candidate.answer.person.name : "",
  ]);
}

describe("askConvicted", () => {
  it("asks the name a later sentence gives the person the lede sentences unnamed", () => {
    expect(
      asked(
        "Le tribunal correctionnel de Saint-Denis a condamné jeudi un pêcheur de 46 ans, domicilié à Bras-Panon, à quatre mois d'emprisonnement avec sursis.",
        "Jean-Hugues Técher avait été contrôlé le 22 janvier par des agents de l'Office français de la biodiversité.",
      ),
    ).toEqual([["Comment s'appelle le pêcheur de 46 ans condamné jeudi ?", "Jean-Hugues Técher"]]);
  });

  it("reads a passive verdict opening the sentence, and the name after `Le prévenu,`", () => {
    expect(
      asked(
        "Un homme de 41 ans de Shawinigan, reconnu coupable d'avoir mis le feu au chalet de son ancien associé, a été condamné jeudi à quatre ans de pénitencier.",
        "Steve Bourassa avait été déclaré coupable en septembre d'incendie criminel.",
      ),
    ).toEqual([
      ["De quoi l'homme de 41 ans de Shawinigan avait-il été déclaré coupable ?", ""],
      ["Comment s'appelle l'homme de 41 ans de Shawinigan condamné jeudi ?", "Steve Bourassa"],
    ]);
    expect(
      asked(
        "Le tribunal de première instance de Taroudant a condamné lundi un exploitant agricole de la commune d'Ouled Teima à huit mois de prison avec sursis.",
        "Le prévenu, Brahim Ait Lahcen, 54 ans, devra en outre verser 300.000 dirhams de dommages et intérêts.",
      ),
    ).toEqual([["Comment s'appelle l'exploitant agricole condamné lundi ?", "Brahim Ait Lahcen"]]);
  });

  it("reads the person sentenced after the penalty (`a condamné mardi à huit ans … un ancien agent`)", () => {
    expect(
      asked(
        "Le tribunal criminel de Tlemcen a condamné mardi à huit ans de prison ferme un ancien agent des services du cadastre, reconnu coupable d'avoir fabriqué de faux actes.",
        "Le principal accusé, Mourad Benaïssa, 52 ans, a également été condamné à verser une amende.",
      ),
    ).toEqual([
      [
        "Comment s'appelle l'ancien agent des services du cadastre condamné mardi ?",
        "Mourad Benaïssa",
      ],
    ]);
  });

  it("asks nothing when the verdict names the person, sentences several, or names only the judge", () => {
    expect(
      asked(
        "Le tribunal de Kpalimé a condamné jeudi un géomètre de 52 ans, Komlan Dzidzonou, à trois ans d'emprisonnement ferme.",
        "Komlan Dzidzonou avait vendu deux fois les mêmes terrains.",
      ),
    ).toEqual([]);
    expect(
      asked(
        "Le tribunal a condamné mardi deux commerçants à deux ans d'emprisonnement.",
        "Ali Moussa et Issa Garba avaient revendu l'engrais.",
      ),
    ).toEqual([]);
    expect(
      asked(
        "Un pêcheur de Beresford a été condamné mardi à verser 38 000 $ en amendes.",
        "La juge Nathalie Gauvin a également ordonné la confiscation de son camion.",
      ),
    ).toEqual([]);
  });
});
