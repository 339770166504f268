import { describe, expect, it } from "vitest";
import {
  frenchSpacing,
  typesetFrench,
  typesetFrenchText,
} from "../../../src/core/text/french-typography";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("frenchSpacing", () => {
  it("puts a narrow no-break space before ; ! ? and a no-break space before :", () => {
    expect(frenchSpacing("Pourquoi ? Parce que ; enfin ! Ainsi : oui.")).toBe(
      `Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}! Ainsi${NBSP}: oui.`,
    );
  });

  it("adds the space when it is missing, and makes a run of spaces one", () => {
    expect(frenchSpacing("Qui? Lui   : oui!")).toBe(`Qui${NNBSP}? Lui${NBSP}: oui${NNBSP}!`);
  });

  it("puts no-break spaces inside « », added or replacing", () => {
    expect(frenchSpacing("« est optimale » et «fin»")).toBe(
      `«${NBSP}est optimale${NBSP}» et «${NBSP}fin${NBSP}»`,
    );
  });

  it("leaves alone what is not a sentence's punctuation: times, addresses, queries, ?!", () => {
    for (const text of ["à 10:30", "https://ardoise.test/quizzes?q=maroc", "Quoi?!", "a;b"]) {
      expect(frenchSpacing(text)).toBe(text.replace("Quoi?!", `Quoi${NNBSP}?!`));
    }
  });

  it("with keepLength, only turns spaces into no-break ones: offsets into the text hold", () => {
    const text = "Il a dit: « oui » ? Vraiment  !";
    const kept = frenchSpacing(text, { keepLength: true });
    expect(kept).toHaveLength(text.length);
    expect(kept).toBe(`Il a dit: «${NBSP}oui${NBSP}»${NNBSP}? Vraiment ${NNBSP}!`);
  });

  it("is idempotent", () => {
    const once = frenchSpacing("Qui? « Lui » : oui!");
    expect(frenchSpacing(once)).toBe(once);
  });
});

describe("typesetFrench", () => {
  it("cuts out ordinals with their French ending, and writes the first of a month 1er", () => {
    expect(typesetFrench("La 2ème fois, le 1 mars, en 4e B et en 1ère S.")).toEqual([
      "La ",
      { number: "2", suffix: "e" },
      " fois, le ",
      { number: "1", suffix: "er" },
      " mars, en ",
      { number: "4", suffix: "e" },
      " B et en ",
      { number: "1", suffix: "re" },
      " S.",
    ]);
  });

  it("leaves numbers that are not ordinals: 31 mars, 1,5e, ids and hex", () => {
    for (const text of ["le 31 mars", "un 1e6", "quiz a1e", "2016"]) {
      expect(typesetFrench(text)).toEqual([text]);
    }
  });

  it("as plain text for a title", () => {
    expect(typesetFrenchText("Devoir « 4ème B » : le 1 mai")).toBe(
      `Devoir «${NBSP}4e B${NBSP}»${NBSP}: le 1er mai`,
    );
  });
});
