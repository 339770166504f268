/**
 * @module
 * Diagnostic (test/bench/headers-cost.ts): bare Hono answering what the product's replayed
 * quiz JSON answers — a body of the same size, the same response headers — one part at a time,
 * so that what a response's headers and bytes cost in workerd can be told from what our code
 * costs.
 * Everything is built once per isolate: a request is one route match and one `new Response`.
 */
import { Hono } from "hono";

/** The size of the shipped quiz's JSON (GET /api/quizzes/:id). */
const JSON_BYTES = 3706;
const body = new TextEncoder().encode(`{"x":"${"a".repeat(JSON_BYTES - 8)}"}`);

/** The headers every Ardoise JSON answer carried before the legacy ones were dropped. */
const SECURITY: [string, string][] = [
  [
    "content-security-policy",
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  ],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "same-origin"],
  ["permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()"],
  ["referrer-policy", "same-origin"],
  ["strict-transport-security", "max-age=15552000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
];
const LEGACY: [string, string][] = [
  ["origin-agent-cluster", "?1"],
  ["x-dns-prefetch-control", "off"],
  ["x-download-options", "noopen"],
  ["x-frame-options", "DENY"],
  ["x-permitted-cross-domain-policies", "none"],
  ["x-xss-protection", "0"],
];
const CACHING: [string, string][] = [
  ["cache-control", "public, max-age=86400"],
  ["etag", '"s-2a74d88fd160ba741e95356d"'],
];
const json: [string, string][] = [["content-type", "application/json"]];
/** The quiz JSON's headers now: no legacy headers, none that acts on documents only. */
const jsonNowObject = new Headers([
  ...json,
  ...CACHING,
  ...SECURITY.filter(
    ([name]) =>
      !["cross-origin-opener-policy", "permissions-policy", "referrer-policy"].includes(name),
  ),
]);

/** The size of the shipped quiz's page (GET /quizzes/:id), and the page's headers. */
const PAGE_BYTES = 8591;
const page = new TextEncoder().encode(`<!DOCTYPE html>${"a".repeat(PAGE_BYTES - 15)}`);
const pageObject = new Headers([
  ["cache-control", "no-store"],
  [
    "content-security-policy",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  ],
  ["content-type", "text/html; charset=UTF-8"],
  ...SECURITY.filter(([name]) => name !== "content-security-policy"),
]);
const allHeaders = [...json, ...CACHING, ...SECURITY, ...LEGACY];
const keptHeaders = [...json, ...CACHING, ...SECURITY];
const headersObject = new Headers(allHeaders);
const keptObject = new Headers(keptHeaders);

export default new Hono()
  .get("/ok", (c) => c.text("ok"))
  .get("/body", () => new Response(body, { headers: json }))
  .get("/headers", () => new Response("ok", { headers: allHeaders }))
  .get("/all", () => new Response(body, { headers: allHeaders }))
  .get("/all-object", () => new Response(body, { headers: headersObject }))
  .get("/kept", () => new Response(body, { headers: keptHeaders }))
  .get("/kept-object", () => new Response(body, { headers: keptObject }))
  .get("/kept-ok", () => new Response("ok", { headers: keptHeaders }))
  .get("/json-now", () => new Response(body, { headers: jsonNowObject }))
  .get("/page", () => new Response(page, { headers: pageObject }))
  .get("/page-copy", () => new Response(page.slice(), { headers: pageObject }));
