import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../../src/core/article/parse-article";
import { analyseArticle } from "../../../../src/core/french/analyse-article";
import {
  causeClause,
  listedCauses,
  partsAfter,
} from "../../../../src/core/generator/templates/listed-causes";

describe("listedCauses", () => {
  it("keys two causes a colon lists, each up to its incise", () => {
    expect(
      listedCauses(
        "la force du franc, qui a renchéri ses produits, et la chute des commandes horlogères.",
      ),
    ).toEqual({
      text: "la force du franc et la chute des commandes horlogères",
      each: ["la force du franc", "la chute des commandes horlogères"],
    });
  });

  it("keys no list of three, nor a cause whose apposition may be a third", () => {
    expect(listedCauses("la pluie, le manque de main-d'œuvre et la hausse des prix")).toBe(
      undefined,
    );
    expect(
      listedCauses("la chute des ventes, son principal débouché, et la hausse des coûts"),
    ).toBe(undefined);
  });
});

describe("causeClause", () => {
  it("keeps the subject, its verb and complement; leaves out the incise and the cause's cause", () => {
    expect(
      causeClause(
        "D'une part, un fournisseur indien, qui assurait près de 30 % des achats, a suspendu ses livraisons en septembre en raison d'impayés accumulés.",
      ),
    ).toBe("un fournisseur indien a suspendu ses livraisons en septembre");
    // `espace` and `cours` are nouns here, not `espacer` nor `courir`.
    expect(
      causeClause(
        "D'une part, le nouvel espace bien-être, inauguré en avril après 6,2 millions d'euros de travaux, a attiré une clientèle plus jeune.",
      ),
    ).toBe("le nouvel espace bien-être a attiré une clientèle plus jeune");
    expect(
      causeClause(
        "D'une part, la chute des cours du cobalt, qui auraient perdu 40 % de leur valeur, rend la production « structurellement déficitaire ».",
      ),
    ).toBe("la chute des cours du cobalt rend la production structurellement déficitaire");
  });

  it("gives nothing for a clause with no verb", () => {
    expect(causeClause("D'une part, la hausse des prix du carburant.")).toBe(undefined);
  });
});

describe("partsAfter", () => {
  const sentences = (...texts: string[]) =>
    analyseArticle(parseArticle(["Titre", texts.join(" ")].join("\n\n"))).sentences;

  it("reads `D'une part, A. D'autre part, B.` after the sentence that counts them", () => {
    const read = sentences(
      "Selon les autorités sanitaires, la flambée s'explique par deux facteurs.",
      "D'une part, les fortes pluies du début du mois ont fait déborder la rivière, contaminant de nombreux puits.",
      "D'autre part, les stocks de chlore sont épuisés depuis trois semaines.",
    );
    const parts = partsAfter(read, read[0] as (typeof read)[0]);
    expect(parts?.each).toEqual([
      "les fortes pluies du début du mois ont fait déborder la rivière",
      "les stocks de chlore sont épuisés depuis trois semaines",
    ]);
    // The evidence is the two sentences that state them.
    expect(parts?.evidence?.text).toMatch(/^D'une part, .* D'autre part, .*semaines\.$/u);
  });

  it("reads nothing without its `D'autre part`", () => {
    const read = sentences(
      "La flambée s'explique par deux facteurs.",
      "D'une part, les fortes pluies ont fait déborder la rivière.",
      "Les autorités ont ouvert trois centres de traitement.",
      "Les écoles restent fermées.",
    );
    expect(partsAfter(read, read[0] as (typeof read)[0])).toBe(undefined);
  });
});
