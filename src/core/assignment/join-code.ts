/**
 * @module
 * Join codes: what a student types to reach an assignment. Six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), so that a code read off a board is typed right.
 */

/** Upper-case letters and digits, less 0, O, 1, I and L: 31 characters, 31⁶ ≈ 887 million codes. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Characters in a join code. */
export const JOIN_CODE_LENGTH = 6;

const CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * A new random join code (crypto-grade randomness, no modulo bias).
 *
 * @example
 * newJoinCode(); // "K7QX2M"
 */
export function newJoinCode(): string {
  const size = JOIN_CODE_ALPHABET.length;
  // Bytes at or above the largest multiple of the alphabet's size are drawn again.
  const limit = 256 - (256 % size);
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(JOIN_CODE_LENGTH * 2))) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/**
 * The join code a student typed, as stored: any case, spaces and dashes ignored; `undefined`
 * when it cannot be a code (wrong length, a character outside the alphabet).
 *
 * @example
 * normaliseJoinCode(" k7q x2m "); // "K7QX2M"
 * normaliseJoinCode("K7Q-X2M"); // "K7QX2M"
 * normaliseJoinCode("OOPS"); // undefined
 */
export function normaliseJoinCode(typed: string): string | undefined {
  const code = typed.replace(/[\s\u00a0\u202f-]+/g, "").toUpperCase();
  return CODE.test(code) ? code : undefined;
}
