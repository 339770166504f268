/**
 * @module
 * The Worker's bindings, typed for Hono (`Bindings: Env`) and for `env` from `cloudflare:workers`.
 */
declare global {
  namespace Cloudflare {
    interface Env {
      /** Stores submissions; schema in migrations/. */
      DB: D1Database;
      /** Bearer token for teacher routes (answer keys). Unset: those routes answer 503. */
      TEACHER_TOKEN?: string;
    }
    interface GlobalProps {
      mainModule: typeof import("./index");
    }
  }
  type Env = Cloudflare.Env;
}

export {};
