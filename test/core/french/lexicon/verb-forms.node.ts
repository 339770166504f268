/**
 * The committed verb lexicon is the one `scripts/build-verb-lexicon.mjs` writes from the installed
 * `french-verbs-lefff` and `@zxcvbn-ts/language-fr`; it decodes to the Lefff's own forms.
 */
import { describe, expect, it } from "vitest";
import {
  keptForms,
  readCommittedModule,
  readFrequentWords,
  readPackageConjugations,
  verbLexiconModule,
} from "../../../../scripts/build-verb-lexicon.mjs";
import { finiteVerb, participleOf } from "../../../../src/core/french/lexicon/verb-form";

describe("verb-forms.generated.ts", () => {
  it("matches the installed packages (rebuild: node scripts/build-verb-lexicon.mjs)", () => {
    expect(readCommittedModule()).toBe(
      verbLexiconModule(readPackageConjugations(), readFrequentWords()),
    );
  });

  it("decodes every kept verb to the Lefff's third persons and participles", () => {
    const conjugations = readPackageConjugations();
    const frequent = new Set(readFrequentWords());
    let verbs = 0;
    for (const [infinitive, conjugation] of Object.entries(conjugations)) {
      if (!/^[a-zàâäçéèêëîïôöùûüÿœæ-]+$/u.test(infinitive)) continue;
      const used = Object.values(conjugation).some((forms) => forms.some((f) => frequent.has(f)));
      if (!used) continue;
      verbs += 1;
      const forms = keptForms(conjugation);
      for (const [index, form] of forms.entries()) {
        if (form === "") continue;
        if (index < 10) expect(finiteVerb(form), form).toBeDefined();
        else expect(participleOf(form), form).toBeDefined();
      }
    }
    expect(verbs).toBeGreaterThan(3000);
  });
});
