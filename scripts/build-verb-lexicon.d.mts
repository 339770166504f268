/** Types of build-verb-lexicon.mjs, for the test that checks the committed module. */
type Conjugation = Record<string, string[]>;
export function keptForms(conjugation: Conjugation): string[];
export function regularForms(infinitive: string): string[];
export function verbLexiconModule(conjugations: Record<string, Conjugation>): string;
export function readCommittedModule(): string;
export function readPackageConjugations(): Record<string, Conjugation>;
