/**
 * @module
 * Stands in for `zod` in the Worker bundle. hono-openapi's schema converter imports zod lazily,
 * only for zod schemas; Ardoise's schemas are valibot, so zod never runs — but a bundler follows
 * the literal `import()` and ships ~700 KiB of it. wrangler.toml aliases zod to this module.
 */
export {};
