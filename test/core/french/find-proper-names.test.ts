import { describe, expect, it } from "vitest";
import { findProperNames } from "../../../src/core/french/find-proper-names";

function texts(body: string, known: { text: string; start: number; end: number }[] = []) {
  return findProperNames(body, known).map((mention) => mention.text);
}

describe("findProperNames", () => {
  it("finds a capitalised name inside a sentence, with its offsets (the @example)", () => {
    expect(findProperNames("Il meurt à Görlitz en 1624.", [])).toEqual([
      { text: "Görlitz", start: 11, end: 18 },
    ]);
  });

  it("takes no verb form opening a sentence for a name (`Attisé par un foehn, …`)", () => {
    expect(
      findProperNames(
        "Attisé par un foehn, le feu a progressé. Réuni mardi, le Conseil a voté. Lithonor emploie 140 personnes.",
        [],
      ).map((m) => m.text),
    ).toEqual(["Conseil", "Lithonor"]);
  });

  it("keeps a following adjective of nationality or kind (`Révolution française`)", () => {
    expect(texts("Il a étudié la Révolution française au lycée.")).toEqual([
      "Révolution française",
    ]);
  });

  it("joins capitalised words linked by `de la`, `de` (`Stade de France`, `Tour Eiffel`)", () => {
    expect(texts("Il a visité la Tour Eiffel puis le Stade de France.")).toEqual([
      "Tour Eiffel",
      "Stade de France",
    ]);
  });

  it("does not take the capital that only starts a sentence for a name", () => {
    expect(
      texts("Match nul pour Nantes. Le match a été serré. Finalement, le club a pris un point."),
    ).toEqual(["Nantes"]);
  });

  it("drops a leading function word and keeps a title of several capitalised words", () => {
    expect(texts("Les Bijoux de la Castafiore est un album de Hergé.")).toEqual([
      "Bijoux de la Castafiore",
      "Hergé",
    ]);
  });

  it("does not take a sentence-opening adverb for a name (`Hier,`, `Pourtant,`)", () => {
    expect(
      texts("Hier, le conseil a voté le budget. Pourtant, la séance a duré trois heures."),
    ).toEqual([]);
  });

  it("keeps a word at a sentence start when the text capitalises it elsewhere too", () => {
    expect(texts("Un orage a frappé Brest. Brest est sinistrée.")).toEqual(["Brest", "Brest"]);
  });

  it("skips the names that overlap a known mention (person, organisation, place, date)", () => {
    const body = "Le Tour de France passera par Nantes en juillet.";
    expect(texts(body)).toEqual(["Tour de France", "Nantes"]);
    expect(texts(body, [{ text: "Nantes", start: 30, end: 36 }])).toEqual(["Tour de France"]);
  });

  it("skips acronyms and names shorter than three letters", () => {
    expect(texts("Le vote de la FIFA a eu lieu à Oz hier.")).toEqual([]);
  });

  it("finds a name after a capitalised determiner that opens the sentence (`La Révolution française`)", () => {
    expect(texts("La Révolution française a commencé en 1789.")).toEqual(["Révolution française"]);
  });

  it("keeps a plural adjective (`Jeux olympiques`)", () => {
    expect(texts("Elle a participé aux Jeux olympiques cet été.")).toEqual(["Jeux olympiques"]);
  });
});
