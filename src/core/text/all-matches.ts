/**
 * @module
 * Every match of a global pattern, as `[...text.matchAll(pattern)]` lists them, without the copy
 * of the pattern that `matchAll` makes at each call: the templates list the matches of a few
 * patterns in every sentence they read.
 */

/**
 * The matches of `pattern` (which must have the `g` flag) in `text`, left to right, an empty
 * match stepping over one character (one code point with the `u` flag) as `matchAll` does. The
 * pattern's `lastIndex` is left at 0.
 *
 * @example
 * allMatches("a1 b22", /\d+/g).map((match) => match[0]); // ["1", "22"]
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError("allMatches: the pattern needs the g flag");
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === "") pattern.lastIndex = stepOver(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** The index after the character at `index`: a surrogate pair is one character in `u` mode. */
function stepOver(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    ? index + 2
    : index + 1;
}
