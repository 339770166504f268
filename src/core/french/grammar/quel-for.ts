/**
 * @module
 * `Quel` agreed with the noun it asks about.
 */

/**
 * Returns `Quel`, `Quelle`, `Quels` or `Quelles`.
 *
 * @example
 * quelFor("f"); // "Quelle"
 */
export function quelFor(gender: "m" | "f", plural = false): string {
  return `Quel${gender === "f" ? "le" : ""}${plural ? "s" : ""}`;
}
