/**
 * @module
 * HTTP caching of responses rendered once: a strong `ETag` from the bytes (and the version they
 * were rendered from), `304 Not Modified` when `If-None-Match` names it, and the
 * `Cache-Control` of each kind of content. Responses to a request carrying credentials are
 * `private, no-store` unless the route chose otherwise: nothing a teacher's token unlocks (the
 * answer key, the private list) may be kept by a shared cache.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";

/**
 * Shipped quizzes change only with a release, which changes their ETag: browsers and
 * Cloudflare's cache may keep them a day, then revalidate (their URLs carry no version, so
 * `immutable` would be wrong).
 */
export const CACHE_SHIPPED = "public, max-age=86400";

/** Created quizzes may be edited at any time: keep, but revalidate on every use. */
export const CACHE_REVALIDATE = "no-cache";

/** A page that holds a form key of its own: one view, one key. */
export const CACHE_NEVER = "no-store";

/** Whatever a credential unlocked. */
export const CACHE_PRIVATE = "private, no-store";

/** A response rendered once: its bytes, the headers it was made with, and its strong ETag. */
export interface Prerendered {
  status: number;
  body: ArrayBuffer;
  headers: [string, string][];
  etag: string;
}

/**
 * Reads a rendered response into bytes and tags it: `"<version>-<SHA-256 of the bytes>"`, so
 * that another version or other bytes (a new release of the page) get another ETag.
 *
 * @example
 * const view = await prerender(c.json(toStudentView(quiz)), "r3");
 */
export async function prerender(response: Response, version: string): Promise<Prerendered> {
  const body = await response.arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  const hash = [...digest.subarray(0, 12)].map((byte) => byte.toString(16).padStart(2, "0"));
  return {
    status: response.status,
    body,
    // ETag and Cache-Control are the sender's (sendPrerendered).
    headers: [...response.headers].filter(([name]) => name !== "etag" && name !== "cache-control"),
    etag: `"${version}-${hash.join("")}"`,
  };
}

/**
 * Whether an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for it).
 *
 * @example
 * ifNoneMatchHas('W/"r3-ab", "r4-cd"', '"r4-cd"'); // true
 * ifNoneMatchHas("*", '"r4-cd"'); // true
 */
export function ifNoneMatchHas(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Answers with a prerendered response: 304 without a body when the client has these bytes,
 * else the bytes; both with the ETag and `cacheControl`.
 *
 * @example
 * return sendPrerendered(c, view, CACHE_SHIPPED);
 */
export function sendPrerendered(c: Context, view: Prerendered, cacheControl: string): Response {
  if (ifNoneMatchHas(c.req.header("If-None-Match"), view.etag)) {
    return new Response(null, {
      status: 304,
      headers: { ETag: view.etag, "Cache-Control": cacheControl },
    });
  }
  return new Response(view.body, {
    status: view.status,
    headers: [...view.headers, ["ETag", view.etag], ["Cache-Control", cacheControl]],
  });
}

/**
 * For every route: a response to a request with an `Authorization` header gets
 * `Cache-Control: private, no-store` unless it has a `Cache-Control` of its own.
 *
 * @example
 * app.use(privateWhenAuthorized);
 */
export const privateWhenAuthorized = createMiddleware(async (c, next) => {
  await next();
  if (c.req.header("Authorization") !== undefined && !c.res.headers.has("Cache-Control")) {
    c.res.headers.set("Cache-Control", CACHE_PRIVATE);
  }
});
