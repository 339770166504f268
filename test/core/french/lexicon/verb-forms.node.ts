/**
 * The committed verb lexicon is the one `scripts/build-verb-lexicon.mjs` writes from the installed
 * `french-verbs-lefff`; it decodes to the Lefff's own forms.
 */
import { describe, expect, it } from "vitest";
import {
  keptForms,
  readCommittedModule,
  readPackageConjugations,
  verbLexiconModule,
} from "../../../../scripts/build-verb-lexicon.mjs";
import { finiteVerb, participleOf } from "../../../../src/core/french/lexicon/verb-form";

describe("verb-forms.generated.ts", () => {
  it("matches the installed packages (rebuild: node scripts/build-verb-lexicon.mjs)", () => {
    expect(readCommittedModule()).toBe(verbLexiconModule(readPackageConjugations()));
  });

  it("decodes every kept verb to the Lefff's third persons and participles", () => {
    const conjugations = readPackageConjugations();
    let verbs = 0;
    for (const [infinitive, conjugation] of Object.entries(conjugations)) {
      if (!/^[a-zàâäçéèêëîïôöùûüÿœæ-]+$/u.test(infinitive)) continue;
      verbs += 1;
      const forms = keptForms(conjugation);
      for (const [index, form] of forms.entries()) {
        if (form === "") continue;
        if (index < 10) expect(finiteVerb(form), form).toBeDefined();
        else expect(participleOf(form), form).toBeDefined();
      }
    }
    expect(verbs).toBeGreaterThan(7000);
  });
});
