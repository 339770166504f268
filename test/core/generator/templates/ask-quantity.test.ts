import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import { askQuantity } from "../../../../src/core/generator/templates/ask-quantity";

function candidatesFor(...sentences: string[]) {
  return askQuantity(analyseArticle(parseArticle(["Titre", sentences.join(" ")].join("\n\n"))));
}

function promptsFor(...sentences: string[]): string[] {
  return candidatesFor(...sentences).map((candidate) => candidate.prompt);
}

describe("askQuantity", () => {
  it("asks how long a stay lasted (the @example), resolving `son` to the subject and keeping the place", () => {
    const [stay, ...others] = candidatesFor(
      "Au cours de son séjour de deux jours au Maroc, Charles Michel a eu des entretiens avec le chef du gouvernement.",
    );
    expect(others).toEqual([]);
    expect(stay?.prompt).toBe("Quelle est la durée du séjour de Charles Michel au Maroc ?");
    expect(stay?.choice).toBe(true);
    expect(stay?.answer).toMatchObject({ kind: "number", quantity: { value: 2, unit: "jours" } });
  });

  it("resolves `sa mission` to a woman who is the subject", () => {
    expect(
      promptsFor(
        "Au cours de sa mission de trois semaines en Guyane, Marie Lefèvre a parcouru 200 kilomètres.",
      ),
    ).toEqual([
      expect.stringMatching(/^Quelle est la durée de la mission de Marie Lefèvre en Guyane \?$/),
    ]);
  });

  it("resolves the possessive when the subject follows the clause (`Pendant son séjour …, X a …`)", () => {
    expect(
      promptsFor("Pendant son séjour de trois jours à Rome, Paul Durand a rencontré le pape."),
    ).toEqual([expect.stringMatching(/^Quelle est la durée du séjour de Paul Durand à Rome \?$/)]);
  });

  it("asks nothing when the possessive has no person to refer to", () => {
    expect(promptsFor("Son stage de six mois à Lyon a été utile.")).toEqual([]);
    expect(promptsFor("Le club a prolongé leur contrat de trois ans.")).toEqual([]);
  });

  it("asks nothing about a quantity that is not a duration", () => {
    expect(promptsFor("La commune a voté un budget de 3 millions d'euros.")).toEqual([]);
    expect(promptsFor("Elle a parcouru une distance de 200 kilomètres.")).toEqual([]);
  });

  it("asks nothing about a duration that no noun carries (`a duré trois ans`)", () => {
    expect(promptsFor("Le chantier a duré trois ans.")).toEqual([]);
  });

  it("makes `une visite de deux jours` definite: `la visite`", () => {
    expect(promptsFor("Le ministre a effectué une visite de deux jours au Maroc.")).toEqual([
      expect.stringMatching(/^Quelle est la durée de la visite au Maroc \?$/),
    ]);
  });

  it("never asks `Combien d'ans`", () => {
    const prompts = promptsFor("Le président, Paul Durand, a entamé un mandat de cinq ans.");
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).not.toMatch(/Combien d['’]ans/);
    expect(prompts[0]).toMatch(/^Quelle est la durée du mandat \?$/);
  });

  it("gives the noun the gender the article's determiner or the lexicon says, not its ending", () => {
    const [duration] = askQuantity(
      analyseArticle(
        parseArticle(
          "Titre\n\nLe collège offrira dès l'automne prochain un programme accéléré de seize semaines en opérations minières.",
        ),
      ),
    );
    expect(duration?.prompt).toBe("Quelle est la durée du programme accéléré ?");
  });
});
