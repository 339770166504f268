/**
 * @module
 * The count of a vote (`par 62 voix contre 35 et 3 abstentions`, `par 27 voix pour et 6
 * abstentions`, `par 121 voix pour, 3 contre et 2 abstentions`): in council and parliament news, how a text passed is part of the news.
 */
import { parseFrenchNumber } from "./parse-french-number";

/** A count in digits (`312`, `1 200`) or in words (`trente-deux`). */
const COUNT = String.raw`\d{1,3}(?:[\s\u202f]\d{3})*|\p{Ll}+(?:-\p{Ll}+)*`;
const VOTE = new RegExp(
  String.raw`(?<![\p{L}\d])par\s+(?<yes>${COUNT})\s+voix(?:\s+pour)?(?:(?:,\s+|\s+contre\s+)(?<no>${COUNT})(?:\s+voix)?(?:\s+contre)?)?(?:,?\s+et\s+(?<abstentions>${COUNT})\s+abstentions?)?(?![\p{L}\d])`,
  "u",
);

export interface Vote {
  /** Where `par …` starts and the count ends, in the text given. */
  start: number;
  end: number;
  /** The count as written, without `par`: `62 voix contre 35 et 3 abstentions`. */
  text: string;
  /** Shorter wordings that still give the count: `62 voix contre 35`, `62 contre 35`. */
  shorter: string[];
}

/**
 * The first vote count in a text.
 *
 * @example
 * findVote("Le texte a été accepté par 62 voix contre 35 et 3 abstentions.")?.shorter;
 * // ["62 voix contre 35", "62 contre 35"]
 */
export function findVote(text: string): Vote | undefined {
  const match = VOTE.exec(text);
  const { yes = "", no, abstentions } = match?.groups ?? {};
  if (!match || [yes, no, abstentions].some((count) => count !== undefined && !isCount(count))) {
    return undefined;
  }
  const shorter = no
    ? [`${yes} voix contre ${no}`, `${yes} contre ${no}`]
    : abstentions
      ? [`${yes} voix pour`, `${yes} voix`]
      : [];
  const count = match[0].replace(/^par\s+/u, "");
  return {
    start: match.index,
    end: match.index + match[0].length,
    text: count,
    shorter: shorter.filter((wording) => wording !== count),
  };
}

function isCount(count: string): boolean {
  return /^\d/u.test(count) || parseFrenchNumber(count) !== undefined;
}
