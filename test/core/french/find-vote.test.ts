import { describe, expect, it } from "vitest";
import { findVote } from "../../../src/core/french/find-vote";

describe("findVote", () => {
  it("reads a count against, with abstentions, with its shorter wordings (the @example)", () => {
    const text =
      "Le texte a été accepté par 62 voix contre 35 et 3 abstentions, au terme des débats.";
    const vote = findVote(text);
    expect(vote).toEqual({
      start: text.indexOf("par 62"),
      end: text.indexOf(", au terme"),
      text: "62 voix contre 35 et 3 abstentions",
      shorter: ["62 voix contre 35", "62 contre 35"],
    });
  });

  it("reads votes for with abstentions, counts in words and a lone count", () => {
    expect(
      findVote("a adopté lundi soir, par 27 voix pour et 6 abstentions, un plan"),
    ).toMatchObject({
      text: "27 voix pour et 6 abstentions",
      shorter: ["27 voix pour", "27 voix"],
    });
    expect(findVote("Il a été élu par trente-deux voix contre douze.")?.text).toBe(
      "trente-deux voix contre douze",
    );
    expect(
      findVote("Le CNT a adopté jeudi, par 121 voix pour, 3 contre et 2 abstentions, le projet."),
    ).toMatchObject({
      text: "121 voix pour, 3 contre et 2 abstentions",
      shorter: ["121 voix contre 3", "121 contre 3"],
    });
    expect(findVote("Le maire a été élu par 1 204 voix.")).toMatchObject({
      text: "1 204 voix",
      shorter: [],
    });
  });

  it("finds no vote without a count or inside another word", () => {
    expect(findVote("Le texte a été adopté par plusieurs voix de la majorité.")).toBeUndefined();
    expect(findVote("Le chœur chante à trois voix contre un orchestre.")).toBeUndefined();
    expect(findVote("Il a été adopté à l'unanimité.")).toBeUndefined();
  });
});
