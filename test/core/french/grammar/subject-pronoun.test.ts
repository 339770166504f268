import { describe, expect, it } from "vitest";
import { subjectPronoun } from "../../../../src/core/french/grammar/subject-pronoun";

describe("subjectPronoun", () => {
  it("takes the gender from the determiner, else from the noun lexicon", () => {
    expect(subjectPronoun("la commune", false)).toBe("elle");
    expect(subjectPronoun("le pont", false)).toBe("il");
    expect(subjectPronoun("les négociations", true)).toBe("elles");
    expect(subjectPronoun("sa société", false)).toBe("elle");
    expect(subjectPronoun("son usine", false)).toBe("elle");
  });

  it("finds the singular of a plural in -aux (`les travaux` → travail, `les journaux` → journal)", () => {
    expect(subjectPronoun("les travaux", true)).toBe("ils");
    expect(subjectPronoun("les journaux", true)).toBe("ils");
  });

  it("gives no pronoun for a noun it cannot tell", () => {
    expect(subjectPronoun("les zorglubs", true)).toBeUndefined();
  });

  it("reads a demonym's gender from its ending, whatever the lexicon says of the adjective", () => {
    expect(subjectPronoun("les Valaisans", true)).toBe("ils");
    // A capitalised noun in `-ion` is no demonym: its own gender.
    expect(subjectPronoun("l'Union européenne", false)).toBe("elle");
    expect(subjectPronoun("l'Organisation mondiale de la santé", false)).toBe("elle");
    expect(subjectPronoun("la Québécoise", false)).toBe("elle");
    expect(subjectPronoun("les Tananariviens", true)).toBe("ils");
  });

  it("gives a share of a group the group's pronoun (`la plupart des patients` → ils)", () => {
    expect(subjectPronoun("la plupart des patients", false)).toBe("ils");
    expect(subjectPronoun("la majorité des infirmières", false)).toBe("elles");
  });
});

describe("subjectPronoun on a club's initials", () => {
  it("reads `l'AS Capoise` feminine (association sportive), `le FC Nantes` masculine", () => {
    expect(subjectPronoun("l'AS Capoise", false)).toBe("elle");
    expect(subjectPronoun("le FC Nantes", false)).toBe("il");
  });
});

describe("subjectPronoun on a rough count", () => {
  it("agrees with what a rough count counts (round 88)", () => {
    expect(subjectPronoun("une centaine de parents d'élèves", true)).toBe("ils");
    expect(subjectPronoun("une dizaine de femmes", true)).toBe("elles");
  });

  it("agrees with what `des dizaines de …` counts, not with `dizaines` (round 133)", () => {
    expect(subjectPronoun("des dizaines de parents", true)).toBe("ils");
    expect(subjectPronoun("des milliers de femmes", true)).toBe("elles");
    // `élèves` says no gender: no pronoun, the question says `est-ce que`.
    expect(subjectPronoun("des dizaines d'élèves en uniforme", true)).toBeUndefined();
  });
});

describe("subjectPronoun on `et` inside a complement", () => {
  it("reads `le Tribunal criminel du Littoral et du Val-de-Travers` as one subject (round 93)", () => {
    expect(subjectPronoun("le Tribunal criminel du Littoral et du Val-de-Travers", false)).toBe(
      "il",
    );
    expect(subjectPronoun("le Bénin et le Togo", true)).toBe("ils");
  });
});
