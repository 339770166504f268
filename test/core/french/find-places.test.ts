import { describe, expect, it } from "vitest";
import { findPlaces } from "../../../src/core/french/find-places";

describe("findPlaces", () => {
  it("finds a city and a country in reading order (the @example)", () => {
    const places = findPlaces("Il est arrivé à Rabat, au Maroc.");
    expect(places.map((place) => [place.name, place.kind])).toEqual([
      ["Rabat", "city"],
      ["Maroc", "country"],
    ]);
    expect(places[0]?.mentions).toEqual([{ text: "Rabat", start: 16, end: 21 }]);
  });

  it("finds a capitalised name after `à` or `en` that the lexicon does not know, as a place", () => {
    const body = "Le match s'est joué à Saint-Étienne, puis l'équipe est rentrée en Bretagne.";
    const places = findPlaces(body);
    expect(places.map((place) => [place.name, place.kind])).toEqual([
      ["Saint-Étienne", "place"],
      ["Bretagne", "place"],
    ]);
    for (const place of places) {
      for (const mention of place.mentions) {
        expect(body.slice(mention.start, mention.end)).toBe(place.name);
      }
    }
  });

  it("takes no one the team won thanks to for a place (`grâce à Mehdi Lambert`)", () => {
    expect(findPlaces("Le club s'est imposé grâce à Mehdi Lambert, auteur d'un doublé.")).toEqual(
      [],
    );
  });

  it("knows countries and cities of several words, with hyphens or apostrophes", () => {
    const places = findPlaces("Les États-Unis et la Côte d'Ivoire ont signé l'accord à New York.");
    expect(places.map((place) => [place.name, place.kind])).toEqual([
      ["États-Unis", "country"],
      ["Côte d'Ivoire", "country"],
      ["New York", "city"],
    ]);
  });

  it("collects every mention of a known city under one place, without a word that contains it", () => {
    const places = findPlaces(
      "Parisien depuis vingt ans, il a quitté Paris pour Lyon. Paris lui manque, pas Niceville.",
    );
    expect(places.map((place) => place.name)).toEqual(["Paris", "Lyon"]);
    expect(places[0]?.mentions.map((m) => m.start)).toEqual([39, 56]);
  });

  it("skips the excluded names (people, organisations) and the start of one", () => {
    expect(
      findPlaces("La lettre a été remise à Johanna Rolland.", new Set(["Johanna Rolland"])),
    ).toEqual([]);
    expect(findPlaces("La lettre a été remise à Johanna.", new Set(["Johanna Rolland"]))).toEqual(
      [],
    );
    // Without the exclusion, a name after `à` is a place (but not after `remise à`: see below).
    expect(findPlaces("Il est arrivé à Johanna.").map((p) => p.name)).toEqual(["Johanna"]);
  });

  it("finds nothing in a text without a place", () => {
    expect(findPlaces("Le conseil municipal a voté le budget par 45 voix contre 12.")).toEqual([]);
  });

  it("does not also count `Afrique` as a place of its own inside `Afrique du Sud`", () => {
    const places = findPlaces("L'équipe a joué en Afrique du Sud et aux Pays-Bas.");
    expect(places.map((place) => place.name)).toEqual(["Afrique du Sud", "Pays-Bas"]);
  });

  it("keeps every mention of a place found after a preposition, not only the first", () => {
    const places = findPlaces(
      "Les chercheurs ont passé trois semaines en Guyane. Ils retourneront en Guyane l'an prochain.",
    );
    expect(places.map((place) => place.name)).toEqual(["Guyane"]);
    expect(places[0]?.mentions).toHaveLength(2);
  });

  it("takes no French common noun after `au` for a place (`au Trésor public`)", () => {
    const names = findPlaces("Les taxes sont versées au Trésor public, puis à Kolwezi.").map(
      (place) => place.name,
    );
    expect(names).toEqual(["Kolwezi"]);
  });

  it("takes who receives after a participle of giving for no place (`attribué à Awa Sy`)", () => {
    const names = findPlaces(
      "Le prix d'interprétation a été attribué à Awa Sy, et la cérémonie s'est tenue à Kaolack.",
    ).map((place) => place.name);
    expect(names).toEqual(["Kaolack"]);
  });

  it("reads a hyphenated name whole, with its lowercase links (`Yverdon-les-Bains`)", () => {
    expect(
      findPlaces(
        "Réunis à Yverdon-les-Bains, puis à Aix-en-Provence et à Saint-Jean-d'Angély.",
      ).map((place) => place.name),
    ).toEqual(["Yverdon-les-Bains", "Aix-en-Provence", "Saint-Jean-d'Angély"]);
  });
});

describe("findPlaces on a two-word name with a hyphen", () => {
  it("reads `Môle Saint-Nicolas` whole", () => {
    expect(
      findPlaces("toute la zone allant du Cap-Haïtien à Môle Saint-Nicolas.").map((p) => p.name),
    ).toContain("Môle Saint-Nicolas");
  });
});
