/** Types of build-language-profiles.mjs, for the test that checks the committed module. */
export const PROFILED_SCRIPTS: string[];
export function profilesModule(): string;
export function readCommittedModule(): string;
