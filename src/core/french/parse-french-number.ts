/**
 * @module
 * Reads a quantity written by a student or a journalist: digits (`2`, `2,5`, `1 000`) or French
 * words (`vingt et un`, `quatre-vingt-dix-neuf`, `trois millions`), a unit after it ignored.
 */

/** Words worth a value below one hundred, added to what precedes them. */
const UNITS = new Map<string, number>(
  Object.entries({
    zero: 0,
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    septante: 70,
    huitante: 80,
    octante: 80,
    nonante: 90,
  }),
);

/** Words that close a group: everything read so far in the group is multiplied by them. */
const SCALES = new Map<string, number>([
  ["mille", 1_000],
  ["million", 1_000_000],
  ["millions", 1_000_000],
  ["milliard", 1_000_000_000],
  ["milliards", 1_000_000_000],
]);

/**
 * Digits at the start of the text: French thousands groups separated by a space, a
 * non-breaking space or a dot (`1 000`, `1.000`), then an optional decimal part (`2,5`, `2.5`).
 */
// `14'000`: Swiss copy groups thousands with an apostrophe.
const LEADING_DIGITS = /^([-+]?)(\d{1,3}(?:[ .'’]\d{3})+(?!\d)|\d+)(?:[,.](\d+))?/;

/**
 * The value of a number at the start of `text`, whatever follows it (`deux jours` is 2);
 * `undefined` when the text does not start with a number.
 *
 * @example
 * parseFrenchNumber("quatre-vingt-dix-neuf"); // 99
 * parseFrenchNumber("1 000 personnes"); // 1000
 * parseFrenchNumber("2,5 millions d'euros"); // 2500000
 */
export function parseFrenchNumber(text: string): number | undefined {
  return readFrenchNumber(text)?.value;
}

/** A number read at the start of a text, and the text after it (its unit, if any). */
export interface FrenchNumberReading {
  value: number;
  /** What follows the number and its scale word, lowercased and without accents. */
  rest: string;
}

/**
 * Reads the number at the start of `text` as {@link parseFrenchNumber} does, and keeps what
 * follows it, so that a caller can read the unit.
 *
 * @example
 * readFrenchNumber("quatorze kilomètres"); // { value: 14, rest: " kilometres" }
 * readFrenchNumber("2,5 millions d'euros"); // { value: 2500000, rest: " d'euros" }
 */
export function readFrenchNumber(text: string): FrenchNumberReading | undefined {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    // Every kind of space becomes a plain one, so that `1 000` reads as one number.
    .replace(/\s+/gu, " ")
    .trim();
  const digits = LEADING_DIGITS.exec(words);
  if (digits) {
    const [whole, sign, integer = "", decimals] = digits;
    let value = Number(`${integer.replace(/[ .'’]/g, "")}.${decimals ?? "0"}`);
    if (sign === "-") value = -value;
    // `3 millions`, `2,5 milliards`: a scale word right after the digits multiplies them.
    const after = words.slice(whole.length);
    const nextWord = /^ ?([a-z]+)/.exec(after);
    const scale = SCALES.get(nextWord?.[1] ?? "");
    return scale === undefined
      ? { value, rest: after }
      : { value: value * scale, rest: after.slice(nextWord?.[0].length ?? 0) };
  }
  const read = readNumberWords(words.split(/[^a-z]+/).filter((word) => word !== ""));
  if (read === undefined) return undefined;
  // Past the words read, and whatever separates them (`quatre-vingt-dix`, `vingt et un`).
  const consumed = new RegExp(`^(?:[^a-z]*[a-z]+){${read.count}}`).exec(words)?.[0] ?? "";
  return { value: read.value, rest: words.slice(consumed.length) };
}

/** The value of the number words at the start of `words` and how many were read. */
function readNumberWords(words: string[]): { value: number; count: number } | undefined {
  let total = 0;
  let group = 0;
  let read = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? "";
    const previous = words[index - 1];
    const unit = UNITS.get(word);
    const scale = SCALES.get(word);
    if (word === "et") {
      // `vingt et un`, `soixante et onze`: only joins two number words.
      const next = words[index + 1] ?? "";
      if (read === 0 || !UNITS.has(next)) break;
    } else if (unit !== undefined) {
      // `quatre-vingt(s)`: four twenties, not four plus twenty.
      if ((word === "vingt" || word === "vingts") && previous === "quatre") group += 76;
      else if (read > 0 && isUnitAfterUnit(group, unit)) return undefined;
      else group += unit;
    } else if (word === "cent" || word === "cents") {
      group = (group === 0 ? 1 : group) * 100;
    } else if (scale !== undefined) {
      total += (group === 0 ? 1 : group) * scale;
      group = 0;
    } else {
      break;
    }
    read++;
  }
  return read === 0 ? undefined : { value: total + group, count: read };
}

/**
 * Whether adding `unit` to `group` would read two numbers as one (`deux trois`): a unit or a
 * teen only follows a round ten or hundred (`soixante-dix`, `cent deux`).
 */
function isUnitAfterUnit(group: number, unit: number): boolean {
  const lastTwoDigits = group % 100;
  if (lastTwoDigits === 0) return false;
  if (unit >= 20) return true;
  // `dix` after `soixante` / `quatre-vingt` makes 70 / 90; other units need a round ten.
  return lastTwoDigits % 10 !== 0 || (unit >= 10 && lastTwoDigits !== 60 && lastTwoDigits !== 80);
}
