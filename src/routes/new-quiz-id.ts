/**
 * @module
 * Ids for created quizzes: random and URL-safe, so nobody can guess or enumerate them.
 */

/**
 * 16 random bytes as base64url (22 characters, 128 bits).
 *
 * @example
 * newQuizId(); // "q7Jx3kM0bP2VtQe9Zs1wAg"
 */
export function newQuizId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
