/** Types of build-lexicon.mjs, for the test that checks the committed module. */
export function lexiconModule(words: Record<string, string>): string;
export function readCommittedModule(): string;
export function readPackageWords(): Record<string, string>;
