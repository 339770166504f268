/**
 * @module
 * The security headers every answer carries, those every answer but JSON carries, and the
 * legacy ones none carries
 * (src/middleware/security-headers.ts says why), for the tests of the Worker's responses and of
 * the static assets' (public/_headers). Lower case, as `Headers` lists them.
 */

/** Sent on every response, JSON included, by the Worker. */
export const EVERY_ANSWER_HEADERS = [
  "content-security-policy",
  "cross-origin-resource-policy",
  "strict-transport-security",
  "x-content-type-options",
];

/** For documents only: sent on every response but JSON, by the Worker and the assets server. */
export const DOCUMENT_HEADERS = [
  "cross-origin-opener-policy",
  "permissions-policy",
  "referrer-policy",
];

/** Sent on every response but JSON (pages, downloads), by the Worker and by the assets server. */
export const SECURITY_HEADERS = [...EVERY_ANSWER_HEADERS, ...DOCUMENT_HEADERS].sort();

/** Sent by Hono's secureHeaders by default, and by nothing here. */
export const LEGACY_HEADERS = [
  "x-xss-protection",
  "x-download-options",
  "x-frame-options",
  "x-permitted-cross-domain-policies",
  "x-dns-prefetch-control",
  "origin-agent-cluster",
];
