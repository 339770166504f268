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
  /** Each phrase once, with its values: many candidates share an answer. */
  readonly #byPhrase = new Map<string, { phrase: string; values: T[] }>();
  /** By a key of the phrase's first word ({@link wordKey}): a number, so no string is built. */
  readonly #byStart = new Map<number, { phrase: string; values: T[] }[]>();

  /** Adds a normalised phrase (`charles michel`); an empty one is never held, so not kept. */
  add(phrase: string, value: T): void {
    if (!phrase) return;
    const known = this.#byPhrase.get(phrase);
    if (known) {
      known.values.push(value);
      return;
    }
    const entry = { phrase, values: [value] };
    this.#byPhrase.set(phrase, entry);
    const key = wordKey(phrase, 0, wordEnd(phrase, 0));
    const entries = this.#byStart.get(key);
    if (entries) entries.push(entry);
    else this.#byStart.set(key, [entry]);
  }

  /** The values of the phrases `text` holds (normalised; padded with spaces or not). */
  valuesIn(text: string): ReadonlySet<T> {
    const words = text.trim();
    let found: Set<T> | undefined;
    // A phrase starts at a word: look up the start of each word of the text.
    for (let start = 0; start < words.length; ) {
      const end = wordEnd(words, start);
      const entries = this.#byStart.get(wordKey(words, start, end));
      if (entries) {
        for (const { phrase, values } of entries) {
          const end = start + phrase.length;
          if (words.startsWith(phrase, start) && (end === words.length || words[end] === " ")) {
            found ??= new Set();
            for (const value of values) found.add(value);
          }
        }
      }
      start = end + 1;
    }
    return found ?? NOTHING;
  }
}

const NOTHING: ReadonlySet<never> = new Set();

function wordEnd(text: string, start: number): number {
  const space = text.indexOf(" ", start);
  return space === -1 ? text.length : space;
}

/**
 * The word from `start` to `end` as a small integer (its length and first two characters, cut
 * to 10 bits each): equal words have equal keys, and few different ones share a key.
 */
function wordKey(text: string, start: number, end: number): number {
  const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return (
    (Math.min(end - start, 1023) << 20) | ((text.charCodeAt(start) & 1023) << 10) | (second & 1023)
  );
}
