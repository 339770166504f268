/**
 * @module
 * The third-person forms of `avoir` and `être` that build compound tenses and passives: the lexicon
 * may read some as nouns (`est`, `a`), and a participle after one is a verb.
 */

/** `a`, `ont`, `avait`, `est`, `sera`, `fut`… as a whole lower-case word. */
export const AUXILIARY =
  /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront|serait|seraient|fut|furent)$/u;
