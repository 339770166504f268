/**
 * @module
 * Titles written before a person's name (`M. Michel`, `Mme Diallo`): they are not part of it.
 */

/** Titles as written, abbreviated or not, capitalised (`Mr` is a common misspelling of `M.`). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "M.",
  "Mr",
  "Mme",
  "Mmes",
  "Mlle",
  "Mlles",
  "Me",
  "Maître",
  "Dr",
  "Pr",
  "Mgr",
  "Monsieur",
  "Madame",
  "Mademoiselle",
  "Docteur",
]);
