/**
 * The start-ahead lookaheads change where a pattern is tried, never what it matches: checked
 * on generated texts with capitals beyond Latin-1 (`Œ`, `Ω`, `𝐀`), case variants and `ſ`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAPITAL_AHEAD, startAhead } from "../../../src/core/text/start-ahead";

const pieceArb = fc.constantFrom(
  "Œuvre",
  "œil",
  "Éric",
  "Ωmega",
  "𝐀B",
  "Ǆ",
  "N’Guessan",
  "Jean",
  "de",
  "la",
  " ",
  "’",
  "-",
  "ONU",
  "Ça",
  "ſ",
  "12",
  "1er",
  "Mars",
  "MARS",
  "marſ",
  "févr.",
  "lundi",
  "Hier",
  "hier soir",
  "en été",
);
const textArb = fc.array(pieceArb, { maxLength: 12 }).map((pieces) => pieces.join(" "));

function matches(pattern: RegExp, text: string): [number, string][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
}

describe("CAPITAL_AHEAD", () => {
  it("leaves the matches of a pattern opening on a capital as they are", () => {
    const source = String.raw`(?<![\p{L}-])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\p{L}*)*`;
    const plain = new RegExp(source, "gu");
    const ahead = new RegExp(`${CAPITAL_AHEAD}${source}`, "gu");
    fc.assert(
      fc.property(textArb, (text) => {
        expect(matches(ahead, text)).toEqual(matches(plain, text));
      }),
    );
  });
});

describe("startAhead", () => {
  it("leaves the matches of a case-insensitive pattern of words and digits as they are", () => {
    const words = String.raw`janvier|f[ée]vr?\.?|mars|lundi|hier(?: soir| matin)?|en (?:été|hiver)`;
    const source = String.raw`(?<!\p{L})(?:${words}|\d+(?:er)?)(?!\p{L})`;
    const plain = new RegExp(source, "giu");
    const ahead = new RegExp(`${startAhead([words], { digit: true })}${source}`, "giu");
    fc.assert(
      fc.property(textArb, (text) => {
        expect(matches(ahead, text)).toEqual(matches(plain, text));
      }),
    );
  });

  it("with `whole`, leaves the matches as they are too", () => {
    const words = String.raw`janvier|f[ée]vr?\.?|mars|lundi|hier(?: soir| matin)?|en (?:été|hiver)`;
    const source = String.raw`(?<!\p{L})(?:${words}|\d+(?:er)?)(?!\p{L})`;
    const plain = new RegExp(source, "giu");
    const whole = startAhead([words], { digit: true, whole: true });
    const ahead = new RegExp(`${whole}${source}`, "giu");
    expect(whole).toBe(String.raw`(?=[\djfmlhe])(?=\d|${words})`);
    fc.assert(
      fc.property(textArb, (text) => {
        expect(matches(ahead, text)).toEqual(matches(plain, text));
      }),
    );
  });

  it("takes the first letter of each top-level alternative", () => {
    expect(startAhead(["hier(?: soir| matin)?|à l['’]automne|f[ée]vrier"], { digit: true })).toBe(
      String.raw`(?=[\dhàf])`,
    );
  });

  it("refuses an alternative that does not open on a letter", () => {
    for (const source of ["(?:a|b)", "a|[xy]", String.raw`a|\d`]) {
      expect(() => startAhead([source]), source).toThrow(/opens on/);
    }
  });
});
