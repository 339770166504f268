import { describe, expect, it } from "vitest";
import {
  finiteVerb,
  isInfinitive,
  participleOf,
  pastParticiple,
} from "../../../../src/core/french/lexicon/verb-form";

describe("finiteVerb", () => {
  it.each([
    ["construira", { infinitive: "construire", tense: "future", plural: false }],
    ["verseront", { infinitive: "verser", tense: "future", plural: true }],
    ["lança", { infinitive: "lancer", tense: "simple-past", plural: false }],
    ["mangeaient", { infinitive: "manger", tense: "imperfect", plural: true }],
    ["réunit", { infinitive: "réunir", tense: "present", plural: false }],
    ["prévoient", { infinitive: "prévoir", tense: "present", plural: true }],
    ["relierait", { infinitive: "relier", tense: "conditional", plural: false }],
  ])("%s is a third person of a verb", (word, verb) => {
    expect(finiteVerb(word)).toEqual(verb);
  });

  it.each(["Lithonor", "usines", "gouvernements", "construit-il", "parlons"])(
    "%s is no third person",
    (word) => {
      expect(finiteVerb(word)).toBeUndefined();
    },
  );
});

describe("participles", () => {
  it("reads a participle back to its verb, and agrees one", () => {
    expect(participleOf("construites")).toBe("construire");
    expect(participleOf("signé")).toBe("signer");
    expect(participleOf("signe")).toBeUndefined();
    expect(pastParticiple("condamner", "m", true)).toBe("condamnés");
    expect(pastParticiple("prendre", "f", false)).toBe("prise");
    expect(pastParticiple("inconnuer")).toBeUndefined();
  });
});

describe("finiteVerb on verbs in -ayer", () => {
  it("reads the stem written with `i` (`paieront`, `paie`) as well as with `y`", () => {
    expect(finiteVerb("paieront")).toEqual({ infinitive: "payer", tense: "future", plural: true });
    expect(finiteVerb("paie")?.infinitive).toBe("payer");
    expect(finiteVerb("payeront")?.infinitive).toBe("payer");
  });
});

describe("isInfinitive", () => {
  it("reads an infinitive the lexicon knows, and no other word", () => {
    expect(isInfinitive("contourner")).toBe(true);
    expect(isInfinitive("réduire")).toBe(true);
    expect(isInfinitive("contour")).toBe(false);
    expect(isInfinitive("mer")).toBe(false);
  });
});
