/**
 * @module
 * A fresh Idempotency-Key for a sheet sent from the browser.
 */

/**
 * A random key: a UUID where the browser has `crypto.randomUUID`, else 32 hexadecimal digits.
 *
 * @example
 * fetch(url, { method: "POST", headers: { "Idempotency-Key": newIdempotencyKey() }, body });
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // randomUUID needs HTTPS; a school server on plain HTTP still has getRandomValues.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}
