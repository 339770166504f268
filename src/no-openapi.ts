/**
 * @module
 * Stands in for `hono-openapi` and `@valibot/to-json-schema` in the deployed Worker. They only
 * describe the routes for the API's documentation, which scripts/build-api-docs.mjs writes ahead
 * into public/ (`/openapi.json`, `/docs`) with the real packages, from this same app: the Worker
 * never generates it, and leaving the converters out keeps ~13 KiB gzipped under the budget for
 * the generator. wrangler.toml aliases both packages to this module; the route descriptions stay
 * in the code beside the routes they describe, and its `WITH_API_DOCS = "false"` drops them from
 * the Worker's bundle (~5 KiB gzipped; src/build-flags.d.ts).
 */
import type { MiddlewareHandler } from "hono";

/** hono-openapi's `describeRoute`: a middleware that only carries the description. */
export function describeRoute(_spec: unknown): MiddlewareHandler {
  return async (_c, next) => {
    await next();
  };
}

/** hono-openapi's `resolver`: the schema, unconverted. */
export function resolver<T>(schema: T): { schema: T } {
  return { schema };
}

/** `@valibot/to-json-schema`: no conversion in the Worker (the document is built ahead). */
export function toJsonSchema(): Record<string, never> {
  return {};
}

export function toJsonSchemaDefs(): Record<string, never> {
  return {};
}

/** hono-openapi's `generateSpecs`: never in the Worker. */
export function generateSpecs(): never {
  throw new Error("The OpenAPI document is built ahead (scripts/build-api-docs.mjs).");
}
