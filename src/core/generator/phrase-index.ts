/**
 * @module
 * Which of many phrases a text holds as whole words, found by reading the text once instead of
 * testing every phrase: the selection asks it of hundreds of prompts against hundreds of answers.
 */

/**
 * Phrases normalised by `normaliseAnswer` (words separated by single spaces), indexed by their
 * first word, each standing for a value. `valuesIn(text)` is the set of values of the phrases
 * that `` ` ${text} ` `` includes as `` ` ${phrase} ` ``, for a text normalised the same way.
 *
 * @example
 * const index = new PhraseIndex<string>();
 * index.add("charles michel", "person:Charles Michel");
 * index.valuesIn(" qui accompagnait charles michel "); // Set { "person:Charles Michel" }
 */
export class PhraseIndex<T> {
  readonly #byFirstWord = new Map<string, { phrase: string; value: T }[]>();

  /** Adds a normalised phrase (`charles michel`); an empty one is never held, so not kept. */
  add(phrase: string, value: T): void {
    if (!phrase) return;
    const space = phrase.indexOf(" ");
    const first = space === -1 ? phrase : phrase.slice(0, space);
    const entries = this.#byFirstWord.get(first);
    if (entries) entries.push({ phrase, value });
    else this.#byFirstWord.set(first, [{ phrase, value }]);
  }

  /** The values of the phrases `text` holds (normalised; padded with spaces or not). */
  valuesIn(text: string): Set<T> {
    const words = text.trim();
    const found = new Set<T>();
    // A phrase starts at a word: look up each word of the text.
    let start = 0;
    for (const word of words.split(" ")) {
      for (const { phrase, value } of this.#byFirstWord.get(word) ?? []) {
        const end = start + phrase.length;
        if (words.startsWith(phrase, start) && (end === words.length || words[end] === " ")) {
          found.add(value);
        }
      }
      start += word.length + 1;
    }
    return found;
  }
}
