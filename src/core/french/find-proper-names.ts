/**
 * @module
 * Finds the other proper names of a text: capitalised spans (`Görlitz`, `Révolution française`,
 * `Jeux olympiques`) that are not a person, an organisation or a known place.
 */

import { CAPITAL_AHEAD } from "../text/start-ahead";
import { wordOffsets } from "../text/word-offsets";
import type { Mention } from "./entities";
import { isCommonWord, isFunctionWord } from "./lexicon/common-words";
import { finiteVerb, participleOf } from "./lexicon/verb-form";

/** Capitalised words joined by link words, then maybe an adjective (`Jeux olympiques`). */
const SPAN = new RegExp(
  String.raw`${CAPITAL_AHEAD}(?<![\p{L}\d-]|\p{L}{2}['’])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|du|des|de la|d['’]|la|le|et)\s*)?\p{Lu}[\p{L}'’-]*)*(?:\s+\p{Ll}{2,}(?:ais|aise|ien|ienne|ique|ale|al|aux|ain|aine|ois|oise|ane)s?(?!\p{L}))?`,
  "gu",
);

/**
 * Capitalised spans of `body` outside the `known` mentions. A capital that only starts a
 * sentence is not a name, unless more capitalised words follow it.
 *
 * @example
 * findProperNames("Il meurt à Görlitz en 1624.", []).map((m) => m.text); // ["Görlitz"]
 */
export function findProperNames(body: string, known: Mention[]): Mention[] {
  const names: Mention[] = [];
  const overlapsKnown = overlapTest(known);
  for (const match of body.matchAll(SPAN)) {
    let text = match[0];
    let start = match.index;
    const atSentenceStart = /(?:^|[.!?»"]\s+|\n)$/u.test(body.slice(Math.max(0, start - 3), start));
    const first = /^(\S+)\s*/u.exec(text);
    if (first?.[1] && isFunctionWord(first[1])) {
      text = text.slice(first[0].length);
      start += first[0].length;
    }
    const opening = atSentenceStart ? openingParticiple(text) : 0;
    text = text.slice(opening);
    start += opening;
    if (!/^\p{Lu}/u.test(text)) continue;
    // `Les Bijoux…` at a sentence start: the capital may be the sentence's, not a name's —
    // unless the word is capitalised elsewhere in the text too.
    if (atSentenceStart && !/\s\p{Lu}/u.test(text) && !capitalisedElsewhere(body, text, start)) {
      // The lexicon first: looksCommon reads the whole body.
      if (isCommonWord(text) || looksCommon(body, text)) continue;
    }
    const end = start + text.length;
    if (overlapsKnown(start, end)) continue;
    if (text.length < 3 || /^\p{Lu}+$/u.test(text)) continue;
    names.push({ text, start, end });
  }
  return names;
}

/**
 * Whether `[start, end)` overlaps one of `mentions`: the mentions sorted by start, each with the
 * furthest end of those up to it, so that a bisection answers (every capitalised span asks it).
 */
function overlapTest(mentions: readonly Mention[]): (start: number, end: number) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const mention of sorted)
    furthestEnd.push(Math.max(furthestEnd.at(-1) ?? -Infinity, mention.end));
  return (start, end) => {
    // How many mentions start before `end`: one of them overlaps if it ends after `start`.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle]?.start ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] ?? -Infinity) > start;
  };
}

function capitalisedElsewhere(body: string, word: string, at: number): boolean {
  for (let index = body.indexOf(word); index !== -1; index = body.indexOf(word, index + 1)) {
    if (index !== at && !/(?:^|[.!?»"]\s+|\n)$/u.test(body.slice(Math.max(0, index - 3), index))) {
      return true;
    }
  }
  return false;
}

/**
 * The length of a participle that opens a sentence before a name (`Baptisée | Gephyromantis
 * vatolampy, elle …`), 0 when there is none: it is no part of the name. A first name such as
 * `Aimé` is masculine singular; the forms read here (`-ée`, `-ées`, `-és`) are not.
 *
 * @example
 * openingParticiple("Baptisée Gephyromantis"); // 9
 */
export function openingParticiple(text: string): number {
  const opening = /^(\p{Lu}\p{Ll}+(?:ée|ées|és))\s+(?=\p{Lu})/u.exec(text);
  return opening?.[1] && participleOf(opening[1].toLowerCase()) !== undefined
    ? opening[0].length
    : 0;
}

/** A sentence-initial word that is an adverb (`Parallèlement`) or written lowercase elsewhere. */
function looksCommon(body: string, word: string): boolean {
  if (/ment$/u.test(word) || /['’-]/u.test(word)) return true;
  // `Attisé par un foehn, …`, `Réuni sous la présidence …`: a verb form opening the sentence.
  const lower = word.toLowerCase();
  if (participleOf(lower) !== undefined || finiteVerb(lower) !== undefined) return true;
  return wordOffsets(body, word.toLowerCase(), { first: true }).length > 0;
}
