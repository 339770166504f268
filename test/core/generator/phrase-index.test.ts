/**
 * PhraseIndex finds what a plain `includes` of each padded phrase in the padded text finds, on
 * generated normalised texts and phrases drawn from a small vocabulary (so that they overlap).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseIndex } from "../../../src/core/generator/phrase-index";

const wordArb = fc.constantFrom("charles", "michel", "de", "la", "michelle", "2", "20", "a");
const textArb = fc.array(wordArb, { maxLength: 12 }).map((words) => words.join(" "));
const phraseArb = fc.array(wordArb, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));

describe("PhraseIndex", () => {
  it("finds whole-word phrases: a name, not the start of a longer word", () => {
    const index = new PhraseIndex<string>();
    index.add("charles michel", "cm");
    index.add("michel", "m");
    index.add("", "empty");
    expect(index.valuesIn(" qui accompagnait charles michel ")).toEqual(new Set(["cm", "m"]));
    expect(index.valuesIn("charles michelle")).toEqual(new Set());
    expect(index.valuesIn("")).toEqual(new Set());
  });

  it("agrees with includes on every padded phrase", () => {
    fc.assert(
      fc.property(
        fc.array(phraseArb, { maxLength: 8 }),
        textArb,
        fc.boolean(),
        (phrases, text, pad) => {
          const index = new PhraseIndex<number>();
          for (const [number, phrase] of phrases.entries()) index.add(phrase, number);
          const expected = phrases.flatMap((phrase, number) =>
            ` ${text} `.includes(` ${phrase} `) ? [number] : [],
          );
          const found = index.valuesIn(pad ? ` ${text} ` : text);
          expect([...found].sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });
});
