/**
 * @module
 * The `Idempotency-Key` header of the API's sheet posts: a client that retries a submission (a
 * lost answer, a dropped connection, a double click) with the same key gets the first response
 * back, and the sheet is stored once (src/hand-in.ts does that; this reads the header).
 */
import { createMiddleware } from "hono/factory";
import { problem } from "../problem";

/** What clients may use as a key: a UUID, or any 1 to 255 visible ASCII characters. */
export const KEY_FORMAT = /^[!-~]{1,255}$/;

/** What `idempotencyKey` gives the handler. */
export type IdempotencyEnv = { Variables: { idempotencyKey: string | undefined } };

/**
 * Reads the `Idempotency-Key` header into `c.var.idempotencyKey` (undefined without one);
 * 400 when it is not 1 to 255 visible ASCII characters. A quoted key (`"…"`, as the IETF draft
 * writes it) is taken without its quotes.
 *
 * @example
 * app.post("/:id/submissions", idempotencyKey, …, (c) => c.var.idempotencyKey);
 */
export const idempotencyKey = createMiddleware<IdempotencyEnv>(async (c, next) => {
  const header = c.req.header("Idempotency-Key");
  const key = header?.trim().replace(/^"(.*)"$/, "$1");
  if (key !== undefined && !KEY_FORMAT.test(key)) {
    return problem(c, {
      type: "/problems/invalid-idempotency-key",
      title: "Invalid Idempotency-Key",
      status: 400,
      detail:
        "Idempotency-Key must be 1 to 255 visible ASCII characters: send a new UUID " +
        "(crypto.randomUUID()) per answer sheet, the same one on every retry of it.",
    });
  }
  c.set("idempotencyKey", key);
  await next();
});
