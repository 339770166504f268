/**
 * @module
 * The API's documentation: `/openapi.json` (the OpenAPI 3.1 document) and `/docs` (the same,
 * as a page). Both are generated from the app they describe, on first request.
 */
import { Hono } from "hono/tiny";
import { DocsPage } from "../views/docs-page";
import { renderPage } from "../views/layout";
import { type DocumentedApp, openApiDocument } from "./openapi";

/** The document changes only with a deployment: caches may keep it a few minutes. */
const CACHE = { "Cache-Control": "public, max-age=300" };

/**
 * The documentation routes of `app`, to mount at the root of that same app, after its API.
 *
 * @example
 * app.route("/", apiDocs(app));
 */
export function apiDocs(app: DocumentedApp) {
  return new Hono<{ Bindings: Env }>()
    .get("/openapi.json", async (c) => c.json(await openApiDocument(app), 200, CACHE))
    .get("/docs", async (c) => {
      c.header("Cache-Control", CACHE["Cache-Control"]);
      return renderPage(c, <DocsPage document={await openApiDocument(app)} />);
    });
}
