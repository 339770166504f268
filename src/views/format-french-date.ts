/**
 * @module
 * Publication dates as a French reader expects them: « 1er mars 2016 à 13 h 33 ».
 */
import { MONTH_NAMES } from "../core/french/lexicon/month-names";

/** `YYYY-MM-DD`, optionally `THH:MM` and seconds, no zone: the article's local time. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * Formats an article's `published` value (local time, no zone) in French, or `undefined` when it
 * cannot be read. No `Date` object: the value has no zone, and converting it would shift it.
 *
 * @example
 * formatFrenchDateTime("2016-03-01T13:33"); // "1er mars 2016 à 13 h 33"
 * formatFrenchDateTime("2016-12-24T09:05"); // "24 décembre 2016 à 9 h 05"
 * formatFrenchDateTime("2016-03-01"); // "1er mars 2016"
 */
export function formatFrenchDateTime(published: string): string | undefined {
  const match = LOCAL_DATE_TIME.exec(published);
  if (!match) return undefined;
  const [, year, month, day, hours, minutes] = match;
  const monthName = MONTH_NAMES[Number(month) - 1];
  const dayNumber = Number(day);
  if (!monthName || dayNumber < 1 || dayNumber > 31) return undefined;
  // French writes the first day of the month as an ordinal, the others as cardinals.
  const date = `${dayNumber === 1 ? "1er" : dayNumber} ${monthName} ${year}`;
  if (hours === undefined || minutes === undefined) return date;
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  return `${date} à ${Number(hours)} h ${minutes}`;
}
