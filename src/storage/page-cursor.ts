/**
 * @module
 * The opaque `cursor` of a paged list (keyset paging): the position of the last row shown, as
 * base64url of its JSON. Clients pass back what they were given; they cannot read or forge a
 * position we would not have made, since each list checks the shape of what it decodes.
 */

/** Longest cursor accepted: a timestamp and an id take far less. */
const MAX_CURSOR_LENGTH = 300;

/**
 * A position as a cursor: base64url (no padding) of its JSON.
 *
 * @example
 * encodePageCursor(["2026-01-02T03:04:05.678Z", "3f…"]); // "WyIyMDI2…"
 */
export function encodePageCursor(position: readonly (string | null)[]): string {
  const json = JSON.stringify(position);
  const binary = String.fromCodePoint(...new TextEncoder().encode(json));
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * The array of strings and nulls a cursor from {@link encodePageCursor} stands for, or
 * `undefined` when it is not one (garbled, truncated, made up, too long).
 *
 * @example
 * decodePageCursor(encodePageCursor(["a", null])); // ["a", null]
 * decodePageCursor("nope"); // undefined
 */
export function decodePageCursor(cursor: string): (string | null)[] | undefined {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const binary = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const value: unknown = JSON.parse(
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes),
    );
    if (Array.isArray(value) && value.every((part) => part === null || typeof part === "string")) {
      return value;
    }
  } catch {
    // Not base64, not UTF-8 or not JSON: not a cursor of ours.
  }
  return undefined;
}
