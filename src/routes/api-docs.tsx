/**
 * @module
 * The API's documentation as the static files the assets server serves: `openapi.json` (the
 * OpenAPI 3.1 document, `/openapi.json`) and `docs.html` (the same as a page, `/docs`), both
 * generated from the app they describe. scripts/build-api-docs.mjs writes them into public/
 * before `wrangler dev` and `wrangler deploy`; the Worker never runs this module (its generator
 * is aliased away, src/no-openapi.ts). The page's headers are public/_headers' `/docs` rule.
 */
import { Hono } from "hono/tiny";
import { DocsPage } from "../views/docs-page";
import { renderPage } from "../views/layout";
import { type DocumentedApp, openApiDocument } from "./openapi";

/** The files, by their name in public/. */
export interface ApiDocFiles {
  "openapi.json": string;
  "docs.html": string;
}

/**
 * The documentation files of `app`, whose `/api` routes carry `describeRoute(…)`.
 *
 * @example
 * const files = await apiDocFiles(app);
 * writeFileSync("public/openapi.json", files["openapi.json"]);
 */
export async function apiDocFiles(app: DocumentedApp): Promise<ApiDocFiles> {
  const document = await openApiDocument(app);
  // renderPage needs a request's context: the page is rendered as the Worker renders its pages.
  const page = await new Hono()
    .get("/docs", (c) => renderPage(c, <DocsPage document={document} />))
    .request("/docs");
  return { "openapi.json": JSON.stringify(document), "docs.html": await page.text() };
}
