/**
 * @module
 * French calendar dates: reading one typed as an answer (`1er mars 2016`, `01/03/2016`,
 * `mardi 1er mars`) and finding every one written in an article, with offsets.
 */

import { startAhead } from "../text/start-ahead";
import { WEEKDAY_NAMES } from "./lexicon/weekday-names";

/** A calendar day; `year` is absent when the text does not give it. */
export interface FrenchDate {
  year?: number;
  month: number;
  day: number;
}

/** A date written in a text; `day` is absent for a month and year alone (`mars 2016`). */
export interface FrenchDateMatch {
  /** The date as written, from the weekday or day to the year or month. */
  text: string;
  start: number;
  end: number;
  year?: number;
  month: number;
  day?: number;
  /** The weekday as written, lowercased (`mardi`); not checked against the calendar. */
  weekday?: string;
}

/** Month names and usual abbreviations, without accents, to their number. */
const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

const MONTH = String.raw`janvier|janv\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?`;
/** A word edge that also knows accented letters, which `\b` does not. */
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
/** Numeric dates must not be cut out of a longer run of numbers (`01.02.03.04.05`). */
const BEFORE_NUMERIC = String.raw`(?<![\p{L}\p{N}]|\d[/.-])`;
const AFTER_NUMERIC = String.raw`(?![\p{L}\p{N}]|[/.-]\d)`;

/**
 * One alternative per way of writing a date, tried left to right at each position so that
 * `1er mars 2016` is found whole rather than as `mars 2016`.
 */
const DATE_PATTERN = new RegExp(
  `${startAhead([WEEKDAY_NAMES, MONTH, "premier"], { digit: true, whole: true })}(?:${[
    // mardi 1er mars 2016, 12 janvier, premier mai
    String.raw`${BEFORE}(?:(?<weekday>${WEEKDAY_NAMES})\s+)?(?<day>\d{1,2}(?:er|ᵉʳ)?|premier)\s+(?<month>${MONTH})(?:\s+(?<year>\d{4}))?(?!\p{L})(?!\d)`,
    // 01/03/2016, 1.3.2016, 01-03-16
    String.raw`${BEFORE_NUMERIC}(?<numericDay>\d{1,2})(?<separator>[/.-])(?<numericMonth>\d{1,2})\k<separator>(?<numericYear>\d{4}|\d{2})${AFTER_NUMERIC}`,
    // 2016-03-01
    String.raw`${BEFORE_NUMERIC}(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})${AFTER_NUMERIC}`,
    // mars 2016
    String.raw`${BEFORE}(?<lonelyMonth>${MONTH})\s+(?<lonelyYear>\d{4})${AFTER}`,
  ].join("|")})`,
  "giu",
);

/**
 * A day and month in digits, typed as an answer (`3/12`, `le 03.12`). Never looked for in an
 * article, where `24/7` or `3/4` is no date.
 */
const DAY_MONTH_ANSWER = /^\s*(?:le\s+)?(\d{1,2})[/.](\d{1,2})\s*$/iu;

/** What may surround a date typed as an answer: `le`, spaces, punctuation. */
const ANSWER_FRAME = /^(?:\s|[\p{P}]|le(?![\p{L}\p{N}]))*$/iu;

/**
 * Reads a text that is a single full date (day and month, year optional), as a student would
 * type it; `undefined` for anything else, including an impossible date (`31 avril`).
 *
 * @example
 * parseFrenchDate("mardi 1er mars"); // { month: 3, day: 1 }
 * parseFrenchDate("01/03/2016"); // { year: 2016, month: 3, day: 1 }
 * parseFrenchDate("3/12"); // { month: 12, day: 3 }
 */
export function parseFrenchDate(text: string): FrenchDate | undefined {
  const dayMonth = DAY_MONTH_ANSWER.exec(text);
  if (dayMonth) {
    const date = { month: Number(dayMonth[2]), day: Number(dayMonth[1]) };
    return isPossibleDate(date) ? date : undefined;
  }
  const [found, ...others] = findFrenchDates(text);
  if (!found || others.length > 0 || found.day === undefined) return undefined;
  const around = text.slice(0, found.start) + text.slice(found.end);
  if (!ANSWER_FRAME.test(around)) return undefined;
  const { year, month, day } = found;
  return year === undefined ? { month, day } : { year, month, day };
}

/**
 * Every date in a longer text, in order, with offsets: a day and month with optional weekday
 * and year (`mardi 1er mars`, `le 12 janvier 2015`: the span starts at the weekday or day),
 * a numeric date (`01/03/2016`, `2016-03-01`) or a month and year (`mars 2016`).
 *
 * @example
 * findFrenchDates("Le 01/03/2016, mardi 1er mars à Rabat");
 * // [{ text: "01/03/2016", start: 3, end: 13, year: 2016, month: 3, day: 1 },
 * //  { text: "mardi 1er mars", start: 15, end: 29, month: 3, day: 1, weekday: "mardi" }]
 */
export function findFrenchDates(text: string): FrenchDateMatch[] {
  const dates: FrenchDateMatch[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const parts = readParts(match.groups ?? {});
    if (!parts || !isPossibleDate(parts)) continue;
    const start = match.index;
    const found: FrenchDateMatch = {
      text: match[0],
      start,
      end: start + match[0].length,
      month: parts.month,
    };
    if (parts.year !== undefined) found.year = parts.year;
    if (parts.day !== undefined) found.day = parts.day;
    if (parts.weekday !== undefined) found.weekday = parts.weekday;
    dates.push(found);
  }
  return dates;
}

interface DateParts {
  year?: number;
  month: number;
  day?: number;
  weekday?: string;
}

/** The date read from whichever alternative of `DATE_PATTERN` matched. */
function readParts(groups: Record<string, string | undefined>): DateParts | undefined {
  if (groups.day !== undefined && groups.month !== undefined) {
    const month = MONTHS[fold(groups.month).replace(".", "")];
    if (month === undefined) return undefined;
    const day = groups.day.toLowerCase() === "premier" ? 1 : Number.parseInt(groups.day, 10);
    const parts: DateParts = { month, day };
    if (groups.year !== undefined) parts.year = Number(groups.year);
    if (groups.weekday !== undefined) parts.weekday = groups.weekday.toLowerCase();
    return parts;
  }
  if (groups.numericDay !== undefined && groups.numericMonth && groups.numericYear) {
    return {
      year: fullYear(groups.numericYear),
      month: Number(groups.numericMonth),
      day: Number(groups.numericDay),
    };
  }
  if (groups.isoYear !== undefined && groups.isoMonth && groups.isoDay) {
    return {
      year: Number(groups.isoYear),
      month: Number(groups.isoMonth),
      day: Number(groups.isoDay),
    };
  }
  if (groups.lonelyMonth !== undefined && groups.lonelyYear) {
    const month = MONTHS[fold(groups.lonelyMonth).replace(".", "")];
    return month === undefined ? undefined : { month, year: Number(groups.lonelyYear) };
  }
  return undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Lowercase without accents, to look a month name up. */
function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

/** `16` is 2016 and `98` is 1998: news dates are recent. */
function fullYear(written: string): number {
  const year = Number(written);
  if (written.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** Rejects what is not a day of the calendar (`31/04/2016`, `29 février 2015`, `13/13/2016`). */
function isPossibleDate({ year, month, day }: DateParts): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  // Without a year, 29 February may exist.
  const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const lastDay = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  return lastDay !== undefined && day >= 1 && day <= lastDay;
}
