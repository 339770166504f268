/**
 * @module
 * Whether a clause still holds its conjugated verb: a cause given as a clause (`car le nombre de
 * places a été réduit`) cut before it (`car le nombre de places`) is a truncated answer.
 */
import { AUXILIARY } from "./lexicon/auxiliaries";
import { nounGender } from "./lexicon/noun-gender";
import { finiteVerb } from "./lexicon/verb-form";

/** Subject pronouns and clitics: what follows them is a verb. */
const CLITIC = /^(?:il|elle|ils|elles|on|ne|n['’]|se|s['’]|y|en|lui|leur|me|m['’]|te|t['’])$/u;
/** A word right after one of these is a noun, whatever it shares with a verb (`le nombre`). */
const DETERMINER =
  /^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|chaque)$/u;

/**
 * Whether `clause` holds a third-person conjugated verb.
 *
 * @example
 * hasFiniteVerb("le nombre de places a été réduit de moitié"); // true
 * hasFiniteVerb("le nombre de places de stationnement"); // false
 */
export function hasFiniteVerb(clause: string): boolean {
  const words = clause
    .toLowerCase()
    .replace(/(['’])/gu, "$1 ")
    .split(/[\s,;:«»"“”()]+/u)
    .filter(Boolean);
  return words.some((word, index) => {
    if (AUXILIARY.test(word)) return true;
    const previous = words[index - 1] ?? "";
    if (DETERMINER.test(previous)) return false;
    if (finiteVerb(word) === undefined) return false;
    // `elle ne s'applique pas`: after a pronoun or a clitic, a form the lexicon also knows as a
    // noun (`applique`) is the verb; so is one right after an article and its noun.
    return (
      CLITIC.test(previous) ||
      nounGender(word) === undefined ||
      followsArticleAndNoun(words[index - 2] ?? "", previous)
    );
  });
}

/** An article or demonstrative that opens a noun phrase. */
const ARTICLE = /^(?:le|la|les|l['’]|ce|cet|cette|ces)$/iu;

/**
 * Whether a word right after `article` and `noun` stands where a verb does (`la fréquentation
 * | baisse`, `le festival | ferme`): two nouns in a row do not follow one article, so a form the
 * lexicon knows as both noun and verb is the verb there.
 *
 * @example
 * followsArticleAndNoun("la", "fréquentation"); // true
 * followsArticleAndNoun("la", "baisse"); // false: `baisse` is a verb too
 */
export function followsArticleAndNoun(article: string, noun: string): boolean {
  const lower = noun.toLowerCase();
  return (
    ARTICLE.test(article) && nounGender(lower) !== undefined && finiteVerb(lower) === undefined
  );
}
