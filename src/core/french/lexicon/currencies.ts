/**
 * @module
 * Currencies as francophone news writes them after a figure: by name (`francs CFA`, `dinars`,
 * `ouguiyas`) or by the abbreviation local papers use (`96 milliards de DA`, `3 190 FC`,
 * `12 500 MRU`, `87 MDH`).
 */

/** Currency names, as a regular-expression alternation (plural forms; a few take the singular). */
export const CURRENCY_NAMES =
  "euros?|dollars?(?: américains| canadiens| US)?|dirhams?|francs?(?: CFA| CFP| suisses| (?:guinéens|congolais|rwandais|burundais|comoriens|djiboutiens|pacifique))?|dinars?(?: algériens| tunisiens)?|livres?(?: libanaises| sterling)?|ariary|gourdes?|nairas?|kwachas?|cedis?|dalasis?|ouguiyas?|shillings?|rands?|yuans?|yens?|roupies?|couronnes?|leones?|birrs?";

/**
 * Abbreviations, written exactly so: `DA` (dinar algérien), `DT` (tunisien), `DH` (dirham),
 * `MDH`/`MDA`/`MDT` (millions of them), `FC` (franc congolais), `FG` (guinéen), `MRU`
 * (ouguiya), `FBu` (burundais), `FRW`/`Frw` (rwandais), `FDJ` (djiboutien), `Ar` (ariary) and the
 * ISO codes the wires use.
 */
export const CURRENCY_ABBREVIATIONS: readonly string[] = [
  "F CFA",
  "FCFA",
  // The CFP franc of French Polynesia and New Caledonia (round 68: `1350 Fcfp` read as a year).
  "F CFP",
  "Fcfp",
  "FCFP",
  "XPF",
  "CFA",
  "DA",
  "DT",
  "DH",
  "Dh",
  "MAD",
  "MDH",
  "MDA",
  "MDT",
  "FC",
  "FG",
  "GNF",
  "MRU",
  "UM",
  "FBu",
  "FRW",
  // As the Rwandan press writes it (`440 Frw`, round 79: a blank cut it from its figure).
  "Frw",
  "RWF",
  "FDJ",
  "Ar",
  "MGA",
  "HTG",
  "CHF",
  "CAD",
  "USD",
  "EUR",
  "XOF",
  "XAF",
  "DZD",
  "TND",
  "CDF",
];

const ABBREVIATIONS = new Set(CURRENCY_ABBREVIATIONS);
const NAME = new RegExp(`^(?:${CURRENCY_NAMES})$`, "u");
/** `millions de`, `milliards d'`, `M$`, `Md €`: the scale written before the currency. */
const SCALE =
  /^(?:(?:millions?|milliards?|milliers?)\s+(?:de\s+|d['’])|(?:millions?|milliards?)\s+|(?:Mds?|M)\s?(?=[$€]))/u;

/**
 * Whether a quantity's unit is a sum of money, its scale included.
 *
 * @example
 * isMoneyUnit("milliards de DA"); // true
 * isMoneyUnit("millions de francs CFA"); // true
 * isMoneyUnit("da"); // false: an abbreviation is written in capitals
 */
export function isMoneyUnit(unit: string): boolean {
  const currency = unit.trim().replace(SCALE, "");
  return ABBREVIATIONS.has(currency) || currency === "$" || currency === "€" || NAME.test(currency);
}

/** Whether a word is a currency abbreviation in any case (`fc`, `Da`): a quantity checks its case. */
export function isCurrencyAbbreviationAnyCase(word: string): boolean {
  return LOWER.has(word.toLowerCase());
}

const LOWER = new Set(CURRENCY_ABBREVIATIONS.map((a) => a.toLowerCase()));
