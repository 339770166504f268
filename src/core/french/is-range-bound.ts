/**
 * @module
 * Whether a mention is one end of a range (`du 18 au 26 octobre`, `dans la nuit de lundi à
 * mardi`): on its own it is not the date of the event, and it is guessed from the other end.
 */
import type { Mention } from "./entities";

/** `du 18 au `, `entre le 3 et le `, `entre le IIIe et le `, `la nuit du 8 au ` before the mention. */
const RANGE_START_BEFORE =
  /(?:^|\s)(?:du|entre le)\s+(?:\d{1,2}(?:er)?|[IVXL]+(?:e|er))(?:\s+\p{Ll}+)?\s+(?:au|et le)\s*$/iu;
/** ` au 26`, ` à mercredi` after the mention; not a time (`samedi 5 décembre à 14 h`). */
const RANGE_END_AFTER =
  /^\s+(?:à|au)\s+(?!\d{1,2}\s?h(?:\s?\d{2})?(?!\p{L}))(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)/u;

/**
 * @example
 * const body = "Le festival s'est tenu du 18 au 26 octobre.";
 * isRangeEnd(body, { start: body.indexOf("26"), end: body.indexOf("26") + 10, text: "26 octobre" }); // true
 */
export function isRangeEnd(body: string, mention: Pick<Mention, "start">): boolean {
  const before = body.slice(Math.max(0, mention.start - 30), mention.start);
  // The pattern ends on `au` or `et le` (any case), then spaces: checked first, since it is
  // asked of nearly every mention and V8 tries it at every position of the 30 characters.
  const end = before.trimEnd().slice(-5).toLowerCase();
  if (!end.endsWith("au") && end !== "et le") return false;
  return RANGE_START_BEFORE.test(before);
}

/**
 * @example
 * const body = "dans la nuit de lundi à mardi";
 * isRangeStart(body, { end: body.indexOf("lundi") + 5 }); // true
 */
export function isRangeStart(body: string, mention: Pick<Mention, "end">): boolean {
  return RANGE_END_AFTER.test(body.slice(mention.end, mention.end + 20));
}
