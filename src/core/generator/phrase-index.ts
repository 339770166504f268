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
  /** By the first two characters of the phrase: a number, so a look-up builds no string. */
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
    const key = startKey(phrase, 0);
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
      const entries = this.#byStart.get(startKey(words, start));
      if (entries) {
        for (const { phrase, values } of entries) {
          const end = start + phrase.length;
          if (words.startsWith(phrase, start) && (end === words.length || words[end] === " ")) {
            found ??= new Set();
            for (const value of values) found.add(value);
          }
        }
      }
      const space = words.indexOf(" ", start);
      start = space === -1 ? words.length : space + 1;
    }
    return found ?? NOTHING;
  }
}

const NOTHING: ReadonlySet<never> = new Set();

/** The first two characters of the word at `start`, a lone letter's as if a space followed. */
function startKey(text: string, start: number): number {
  const second = text.charCodeAt(start + 1);
  return text.charCodeAt(start) * 65_536 + (Number.isNaN(second) ? 32 : second);
}
