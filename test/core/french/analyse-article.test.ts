import { describe, expect, it } from "vitest";
import seedText from "../../../src/content/seed-article.fr.txt";
import { parseArticle } from "../../../src/core/article/parse-article";
import { analyseArticle } from "../../../src/core/french/analyse-article";

describe("analyseArticle", () => {
  const article = parseArticle(seedText);
  const analysis = analyseArticle(article);

  it("works on the body text that evidence offsets refer to", () => {
    expect(analysis.body).toBe(article.paragraphs.join("\n\n"));
    expect(analysis.sentences).toHaveLength(7);
  });

  it("pairs acronyms with their expansions", () => {
    const byAcronym = Object.fromEntries(analysis.organisations.map((o) => [o.acronym, o.name]));
    expect(byAcronym.DSITI).toBe(
      "Direction des systèmes d'information, de télécommunication et d'identification",
    );
    expect(byAcronym.DGSN).toBe("Direction générale de la sûreté nationale");
  });

  it("finds places, and dates completed with the publication year", () => {
    expect(analysis.places.map((p) => [p.name, p.kind])).toEqual([
      ["Maroc", "country"],
      ["Belgique", "country"],
      ["Rabat", "city"],
      ["Bruxelles", "city"],
    ]);
    expect(analysis.dates).toMatchObject([
      { text: "mardi 1er mars", year: 2016, month: 3, day: 1 },
    ]);
    expect(analysis.quantities).toMatchObject([
      { text: "deux jours", value: 2, unit: "jours" },
      { text: "deux Chambres", value: 2, unit: "Chambres" },
    ]);
  });
});
