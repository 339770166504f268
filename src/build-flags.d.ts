/**
 * @module
 * Constants the bundler writes in. `WITH_API_DOCS` is `false` in the deployed Worker
 * (wrangler.toml `[define]`), so the minifier drops the routes' descriptions, which only the API
 * documentation reads; `true` where that documentation is built or tested
 * (scripts/build-api-docs.mjs, vitest.config.ts, vitest.node.config.ts).
 */
declare const WITH_API_DOCS: boolean;
