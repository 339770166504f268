/**
 * @module
 * Numbers written the French way for display: `40 000`, `3,5`; years stay `2016`.
 */

// Three decimals: `42,195 km` is shown as the article writes it, not rounded to `42,2`.
const formatter = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });
/** Currencies whose sums are written to the cent (`16,40 $`); dinars count millimes, CFA francs none. */
const CENTS_CURRENCY =
  /^(?:\$|€|euros?|dollars?(?:\s+(?:canadiens?|américains?|US))?|francs?(?:\s+suisses)?|CHF|\$\s*CA|CAD)$/u;
// `16,40 $`, `0,85 €`: a sum in cents is written with both.
const cents = new Intl.NumberFormat("fr-FR", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * Formats a number as French text.
 *
 * @example
 * formatFrenchNumber(40000); // "40 000"
 * formatFrenchNumber(2016); // "2016"
 * formatFrenchNumber(1200, "souches"); // "1 200"
 */
export function formatFrenchNumber(value: number, unit = ""): string {
  // A bare four-digit number is most likely a year: no thousands space.
  if (unit === "" && Number.isInteger(value) && value >= 1000 && value <= 2100) {
    return String(value);
  }
  const inCents =
    !Number.isInteger(value) &&
    Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 &&
    CENTS_CURRENCY.test(unit.trim());
  // Intl uses a narrow no-break space; a plain space is what people type.
  return (inCents ? cents : formatter).format(value).replace(/[\u202f\u00a0]/g, " ");
}
