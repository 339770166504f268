/**
 * @module
 * The student's views of a quiz (its JSON and its page) rendered once per quiz version and
 * isolate, then served as bytes with an ETag (middleware/http-cache.ts). Keyed by the quiz
 * object the catalog hands out (quiz-cache.ts): a new revision is a new object, so its views
 * are rendered anew, and the old ones go when nothing holds that object any more.
 */
import type { Context } from "hono";
import type { Quiz } from "./core/quiz/quiz";
import {
  CACHE_REVALIDATE,
  CACHE_SHIPPED,
  type Prerendered,
  prerender,
  sendPrerendered,
} from "./middleware/http-cache";
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
  return sendPrerendered(c, await view, version.shipped ? CACHE_SHIPPED : CACHE_REVALIDATE);
}
