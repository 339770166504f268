/**
 * @module
 * Turns away request bodies that are not JSON before any validator looks at them.
 */
import { createMiddleware } from "hono/factory";
import { problem } from "../problem";

/** `application/json` and `application/<anything>+json`, parameters (charset…) ignored. */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * 415 unless the body is declared as JSON, 400 unless it parses. The parsed body is cached by
 * Hono, so a `vValidator("json", …)` after this reads it without parsing again.
 *
 * @example
 * app.post("/", requireJsonBody, vValidator("json", Schema), (c) => …);
 */
export const requireJsonBody = createMiddleware(async (c, next) => {
  const mediaType = c.req.header("Content-Type")?.split(";")[0]?.trim() ?? "";
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    return problem(
      c,
      {
        type: "/problems/unsupported-media-type",
        title: "Unsupported media type",
        status: 415,
        detail: `Send the body as JSON with \`Content-Type: application/json\` (got ${
          mediaType ? `\`${mediaType}\`` : "no Content-Type"
        }).`,
      },
      { Accept: "application/json" },
    );
  }
  try {
    await c.req.json();
  } catch {
    return problem(c, {
      type: "/problems/malformed-json",
      title: "Malformed JSON",
      status: 400,
      detail: "The request body is not valid JSON.",
    });
  }
  await next();
});
