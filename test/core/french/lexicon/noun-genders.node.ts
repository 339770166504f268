/**
 * The committed lexicon module is the one `scripts/build-lexicon.mjs` writes from the installed
 * `french-words-gender-lefff`: after an upgrade of the package, this fails until it is rebuilt.
 */
import { describe, expect, it } from "vitest";
import {
  keptNouns,
  lexiconModule,
  readCommittedModule,
  readFrequentWords,
  readPackageWords,
} from "../../../../scripts/build-lexicon.mjs";
import { nounGender } from "../../../../src/core/french/lexicon/noun-gender";

describe("noun-genders.generated.ts", () => {
  it("matches the installed french-words-gender-lefff (rebuild: node scripts/build-lexicon.mjs)", () => {
    expect(readCommittedModule()).toBe(lexiconModule(readPackageWords(), readFrequentWords()));
  });

  it("decodes to the package's genders, word for word", () => {
    const words = readPackageWords() as Record<string, string>;
    const kept = new Set(keptNouns(words, readFrequentWords()));
    const plain = Object.entries(words).filter(([word]) => kept.has(word));
    // 13,507 nouns before 2026-12-03; the rarest words' gave way to the bundle budget.
    expect(plain.length).toBeGreaterThan(11_500);
    let same = 0;
    for (const [word, gender] of plain) {
      if (nounGender(word) === (gender === "F" ? "f" : "m")) same += 1;
    }
    expect(same).toBe(plain.length);
  });
});
