/**
 * The client's type check reads the server's code for its route types (AppType, for the typed
 * API client) under the DOM's lib, without the Workers' global types, which clash with the
 * DOM's (their Element is HTMLRewriter's). These are the few Workers names the server's code
 * uses, taken from the importable (module) edition of @cloudflare/workers-types. Nothing in
 * src/client uses them.
 */
type D1Database = import("@cloudflare/workers-types").D1Database;
type D1PreparedStatement = import("@cloudflare/workers-types").D1PreparedStatement;
type RateLimit = import("@cloudflare/workers-types").RateLimit;
type RateLimitOutcome = import("@cloudflare/workers-types").RateLimitOutcome;

interface SubtleCrypto {
  timingSafeEqual(a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView): boolean;
}
