import { describe, expect, it } from "vitest";
import { foldCaseAndAccents, wordsOf } from "../../../src/core/text/fold-text";

describe("foldCaseAndAccents", () => {
  it.each([
    ["État", "etat"],
    ["L'ŒUVRE de Sébastien", "l'oeuvre de sebastien"],
    ["Ça déçoit à Noël", "ca decoit a noel"],
    ["Straße", "strasse"],
    ["ｌａ　ｆｉｎ", "la fin"],
  ])("%s → %s", (text, folded) => {
    expect(foldCaseAndAccents(text)).toBe(folded);
  });
});

describe("wordsOf", () => {
  it("keeps letters and digits, folded, and drops punctuation and spacing", () => {
    expect(wordsOf("Le ministre : « la coopération  est “optimale” » (2016)")).toEqual([
      "le",
      "ministre",
      "la",
      "cooperation",
      "est",
      "optimale",
      "2016",
    ]);
    expect(wordsOf(" – ! ")).toEqual([]);
  });
});
