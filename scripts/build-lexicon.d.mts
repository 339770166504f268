/** Types of build-lexicon.mjs, for the test that checks the committed module. */
export function lexiconModule(words: Record<string, string>, frequentWords: string[]): string;
export function keptNouns(words: Record<string, string>, frequentWords: string[]): string[];
export function readCommittedModule(): string;
export function readPackageWords(): Record<string, string>;
export function readFrequentWords(): string[];
