/**
 * @module
 * The security headers every answer carries, and the legacy ones none carries
 * (src/middleware/security-headers.ts says why), for the tests of the Worker's responses and of
 * the static assets' (public/_headers). Lower case, as `Headers` lists them.
 */

/** Sent on every response, by the Worker and by the assets server. */
export const SECURITY_HEADERS = [
  "content-security-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "permissions-policy",
  "referrer-policy",
  "strict-transport-security",
  "x-content-type-options",
];

/** Sent by Hono's secureHeaders by default, and by nothing here. */
export const LEGACY_HEADERS = [
  "x-xss-protection",
  "x-download-options",
  "x-frame-options",
  "x-permitted-cross-domain-policies",
  "x-dns-prefetch-control",
  "origin-agent-cluster",
];
