/**
 * @module
 * The wire-service dateline that opens a news paragraph (`GENÈVE (Keystone-ATS) - `,
 * `Alger, 14 mars (APS) – `, `Rabat, 06/06/2026 (MAP) - `, `LOMÉ, 30 novembre 2026 – `,
 * `BÉCANCOUR — `, `SHERBROOKE (La Presse canadienne) — `, `LE MOULE (Guadeloupe La 1ère) — `, `RUKA, Finlande — `, `Kinshasa, 22 février 2024 (ACP).- `, `P-au-P, 27 nov. 2026
 * [AlterPresse] --- `) and the agency's initials that close a dispatch (`KB/RS`, `str/ah`): they
 * belong to no sentence.
 */

/** A place (capitalised), maybe a date, an agency in parentheses and/or a dash. */
const DATELINE =
  /^(?:\p{Lu}[\p{L}'’. -]{1,40}?(?:,\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?|,\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4})?\s*\((?:[\p{L}'’-]{2,20}(?:\s[\p{L}\p{N}-]{2,20}){0,2})(?:\/[\p{L}-]{2,20})?\)\s*\.?\s*[-–—]?\s*|\p{Lu}[\p{Lu}'’. -]{2,40}\s*[-–—]\s+|\((?:[\p{L}-]{2,20})\)\s*[-–—]?\s*)/u;
/**
 * `Bukavu, RDC (AFP) - `, `Mbuji-Mayi (RD Congo) (AFP) - `, `AMQUI, Qc, 18 février (La Presse
 * canadienne) – `: the place, its country or region, maybe a date, the agency (up to three
 * words) and a dash.
 */
const PLACE_COUNTRY_AGENCY =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:,\s*\p{Lu}[\p{L}'’. -]{1,30}?|\s*\([^()]{2,30}\))(?:,\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?)?\s*\((?:[\p{L}'’-]{2,20}(?:\s[\p{L}\p{N}-]{2,20}){0,2})(?:\/[\p{L}-]{2,20})?\)\s*\.?\s*[-–—]\s*/u;
/**
 * `LOMÉ, 30 novembre 2026 – `, `Lomé, le 30 nov. – `, `BISCARROSSE (Landes), 19 juin – `: a
 * place, maybe its region, a date and a dash, no agency.
 */
const PLACE_DATE_DASH =
  /^\p{Lu}[\p{L}'’. -]{1,40}?(?:\s*\([^()]{2,30}\))?,\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?\s*[-–—](?:\s+|$)/u;
/**
 * `RUKA, Finlande — `, `DOLBEAU-MISTASSINI, Qc — `: a place in capitals, its country or province,
 * and a dash.
 */
const CAPITALS_PLACE_REGION_DASH =
  /^\p{Lu}{2}[\p{Lu}'’. -]{0,40},\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}\s*[-–—]\s+/u;
/** `P-au-P, 27 nov. 2026 [AlterPresse] --- `: a place, a date, the agency in brackets, dashes. */
const PLACE_DATE_BRACKETED_AGENCY =
  /^\p{Lu}[\p{L}'’. -]{1,40}?,\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?\s*\[[\p{L}' -]{2,30}\]\s*[-–—]{1,3}\s*/u;
/** `Tanger - `, `Luxembourg - `: a capitalised place of one to three words and a spaced dash. */
const PLACE_DASH = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}\s[-–—]\s+(?=\p{Lu})/u;
/** `KB/RS`, `PMD/ASG/OID`, `str/ah`, `(MAP)`: initials of the wire's editors. */
const INITIALS = /^(?:\(?[\p{L}]{2,5}\)?(?:\/[\p{L}]{2,5})+|\([\p{Lu}][\p{L}-]{1,15}\))$/u;

/**
 * Removes a wire dateline from the start of a paragraph.
 *
 * @example
 * stripWireDateline("Alger, 14 mars (APS) - Le ministre a inauguré…"); // "Le ministre a inauguré…"
 * stripWireDateline("Le ministre a inauguré…"); // unchanged
 * stripWireDateline("ABIDJAN, 16 février (APA) -"); // "" (a dateline alone)
 */
export function stripWireDateline(paragraph: string): string {
  for (const pattern of [
    DATELINE,
    PLACE_COUNTRY_AGENCY,
    PLACE_DATE_DASH,
    PLACE_DATE_BRACKETED_AGENCY,
    CAPITALS_PLACE_REGION_DASH,
    PLACE_DASH,
  ]) {
    const match = pattern.exec(paragraph);
    const rest = match ? paragraph.slice(match[0].length) : "";
    // What follows must be a sentence of its own, not the end of a name (`Jean-Marc (PS) a …`),
    // or nothing: a dateline on a line of its own (`ABIDJAN, 16 février (APA) -`).
    if (match && /^(?:[\p{Lu}«"“]|\s*$)/u.test(rest)) return rest.trim() === "" ? "" : rest;
  }
  return paragraph;
}

/**
 * Whether a block is only the agency's initials that close a dispatch.
 *
 * @example
 * isWireInitials("PMD/ASG/OID"); // true
 * isWireInitials("(MAP)"); // true
 */
export function isWireInitials(block: string): boolean {
  return INITIALS.test(block.trim());
}
