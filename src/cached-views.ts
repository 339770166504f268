/**
 * @module
 * The student's views of a quiz (its JSON and its page) rendered once per quiz version and
 * isolate. The JSON is served as bytes with an ETag (middleware/http-cache.ts). The page holds a
 * new form key per view (the same form posted twice is stored once, pages/hand-in-page.tsx), so
 * it is rendered once with a slot that every response fills with a fresh key, and no cache may
 * keep it (`no-store`, no ETag: a page served again from a cache would post an old key). Keyed
 * by the quiz object the catalog hands out (quiz-cache.ts): a new revision is a new object, so
 * its views are rendered anew, and the old ones go when nothing holds that object any more.
 */
import type { Context } from "hono";
import type { Quiz } from "./core/quiz/quiz";
import {
  CACHE_NEVER,
  CACHE_REVALIDATE,
  CACHE_SHIPPED,
  type Prerendered,
  prerender,
  sendPrerendered,
} from "./middleware/http-cache";
import { keepForReplay } from "./middleware/replay-views";
import { quizVersion } from "./quiz-cache";

const rendered = new WeakMap<Quiz, Map<string, Promise<Prerendered>>>();

/**
 * Serves the view `kind` of `quiz`, rendering it with `render` the first time only; a quiz the
 * catalog did not hand out (no version) is rendered every time and not tagged.
 *
 * @example
 * return serveQuizView(c, quiz, "student-json", () => c.json(toStudentView(quiz)));
 */
export async function serveQuizView(
  c: Context,
  quiz: Quiz,
  kind: string,
  render: () => Response | Promise<Response>,
): Promise<Response> {
  const version = quizVersion(quiz);
  if (!version) return render();
  let views = rendered.get(quiz);
  if (!views) {
    views = new Map();
    rendered.set(quiz, views);
  }
  let view = views.get(kind);
  if (!view) {
    const tag = version.shipped ? "s" : `r${version.revision}`;
    view = Promise.resolve(render()).then((response) => prerender(response, tag));
    const kept = views;
    view.catch(() => kept.delete(kind));
    views.set(kind, view);
  }
  const cacheControl = version.shipped ? CACHE_SHIPPED : CACHE_REVALIDATE;
  const bytes = await view;
  // A shipped quiz never changes in this isolate: later requests get these bytes straight away.
  if (version.shipped) keepForReplay(c, { view: bytes, cacheControl });
  return sendPrerendered(c, bytes, cacheControl);
}

/** What the cached page holds where each response puts its own form key (UUID-shaped). */
export const FORM_KEY_SLOT = "00000000-f0e1-4d2c-8b3a-5f0c9e2a7d61";

const encoder = new TextEncoder();

/**
 * A page's bytes with the place of its form key: each response copies them and writes a new key
 * there (a UUID is as long as {@link FORM_KEY_SLOT}), so that no response encodes the page again.
 *
 * @example
 * const template = new FormKeyTemplate(html);
 * new Response(template.fill(), { headers }); // a page with a fresh form key
 */
export class FormKeyTemplate {
  readonly #bytes: Uint8Array<ArrayBuffer>;
  /** Byte offset of the slot; -1 for a page without a form. */
  readonly #at: number;

  constructor(html: string) {
    const at = html.indexOf(FORM_KEY_SLOT);
    this.#bytes = new Uint8Array(encoder.encode(html));
    this.#at = at < 0 ? -1 : encoder.encode(html.slice(0, at)).byteLength;
  }

  /** The page's bytes with a new form key. */
  fill(): Uint8Array<ArrayBuffer> {
    const bytes = this.#bytes.slice();
    if (this.#at >= 0) {
      encoder.encodeInto(
        crypto.randomUUID(),
        bytes.subarray(this.#at, this.#at + FORM_KEY_SLOT.length),
      );
    }
    return bytes;
  }
}

interface RenderedPage {
  status: number;
  headers: [string, string][];
  template: FormKeyTemplate;
}
const pages = new WeakMap<Quiz, Map<string, Promise<RenderedPage>>>();

/**
 * Serves the page `kind` of `quiz`, rendered with `render(formKey)` the first time only (with
 * {@link FORM_KEY_SLOT} as the key), each response with a new form key and `no-store`.
 *
 * @example
 * return serveQuizPage(c, quiz, "page", (formKey) =>
 *   renderPage(c, <QuizPage quiz={toStudentView(quiz)} formKey={formKey} />),
 * );
 */
export async function serveQuizPage(
  c: Context,
  quiz: Quiz,
  kind: string,
  render: (formKey: string) => Response | Promise<Response>,
): Promise<Response> {
  c.header("Cache-Control", CACHE_NEVER);
  const version = quizVersion(quiz);
  if (!version) return render(crypto.randomUUID());
  let views = pages.get(quiz);
  if (!views) {
    views = new Map();
    pages.set(quiz, views);
  }
  let page = views.get(kind);
  if (!page) {
    page = Promise.resolve(render(FORM_KEY_SLOT)).then(async (response) => ({
      status: response.status,
      headers: [
        ...[...response.headers].filter(([name]) => name !== "cache-control"),
        ["cache-control", CACHE_NEVER],
      ] as [string, string][],
      template: new FormKeyTemplate(await response.text()),
    }));
    const kept = views;
    page.catch(() => kept.delete(kind));
    views.set(kind, page);
  }
  const { status, headers, template } = await page;
  if (version.shipped && status === 200) keepForReplay(c, { page: template });
  return new Response(template.fill(), { status, headers });
}
