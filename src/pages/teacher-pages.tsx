/**
 * @module
 * `/teacher`: the teacher page, with the student pages' security headers. Signing in is a form
 * post of the « code enseignant » (the server's TEACHER_TOKEN) to `/teacher/session`, which sets
 * the session cookie (src/routes/teacher-session.ts) and comes back; « Se déconnecter » posts to
 * `/teacher/logout`. The page holds no token and nothing private: its script (src/client/teacher) calls the
 * API, which the cookie opens.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { Hono } from "hono/tiny";
import { shippedQuizzes } from "../content/shipped-quizzes";
import { sameOriginForm } from "../middleware/same-origin-form";
import { isSameSecret } from "../middleware/teacher-auth";
import {
  clientAddress,
  LIMIT_PERIOD_SECONDS,
  teacherFailures,
} from "../middleware/teacher-auth-limiter";
import {
  endTeacherSession,
  hasTeacherSession,
  startTeacherSession,
} from "../middleware/teacher-session";
import { decodeQuizListCursor, encodeQuizListCursor, findQuiz, listQuizzes } from "../quiz-catalog";
import { pageOf } from "../routes/quiz-teacher-tools";
import { quizListFacts } from "../storage/quiz-list-facts";
import { getQuizResults, listResultSheets } from "../storage/results-store";
import { ErrorPage } from "../views/error-page";
import { renderPage } from "../views/layout";
import { onPageError } from "./page-errors";
import { TEACHER_CODE_FIELD, TeacherPage } from "./teacher-page";
import { TeacherQuizList, TeacherResults } from "./teacher-screens";

const SHIPPED_IDS = shippedQuizzes.map((quiz) => quiz.id);
const SHIPPED = new Set(SHIPPED_IDS);
/** Quizzes a page of the teacher's list shows. */
const LIST_PAGE_SIZE = 50;

type TeacherEnv = { Bindings: Env };

/** The teacher's screens need the session: without it, the sign-in form. */
const withSession = createMiddleware<TeacherEnv>(async (c, next) => {
  const token = c.env.TEACHER_TOKEN;
  if (!token || !(await hasTeacherSession(c, token))) return c.redirect("/teacher", 303);
  c.header("Cache-Control", "no-store");
  await next();
});

/** The teacher page, signed in or showing the sign-in form (with what went wrong). */
async function teacherPage(
  c: Context<{ Bindings: Env }>,
  loginError?: string,
  status: 200 | 401 | 429 | 503 = 200,
) {
  const token = c.env.TEACHER_TOKEN;
  const signedIn = token ? await hasTeacherSession(c, token) : false;
  // Said once, after the redirect that follows signing in or out.
  const arrived = c.req.method === "GET" ? c.req.query() : {};
  const notice =
    signedIn && "connecte" in arrived
      ? "Vous êtes connecté·e."
      : !signedIn && "deconnecte" in arrived
        ? "Vous êtes déconnecté·e."
        : undefined;
  // Whether signed in or not is this browser's: no cache may keep or share it.
  c.header("Cache-Control", "no-store");
  return renderPage(
    c,
    <TeacherPage
      shippedIds={SHIPPED_IDS}
      signedIn={signedIn}
      {...(loginError ? { loginError } : {})}
      {...(notice ? { notice } : {})}
    />,
    status,
  );
}

const sameOriginTeacherForm = sameOriginForm((c) =>
  renderPage(
    c,
    <ErrorPage title="Envoi refusé">
      <p>
        Ce formulaire a été envoyé depuis un autre site que celui d'Ardoise ; rien n'a été fait.
        Ouvrez l'<a href="/teacher">espace enseignant</a> sur ce site.
      </p>
    </ErrorPage>,
    403,
  ),
);

/**
 * The teacher page routes, to mount at the root.
 *
 * @example
 * app.route("/", teacherPages);
 */
export const teacherPages = new Hono<{ Bindings: Env }>()
  .get("/teacher", (c) => teacherPage(c))
  .post("/teacher/session", sameOriginTeacherForm, async (c) => {
    const expected = c.env.TEACHER_TOKEN;
    if (!expected) {
      return teacherPage(
        c,
        "Ce serveur n'a pas de code enseignant (TEACHER_TOKEN) : l'administrateur doit le définir.",
        503,
      );
    }
    const client = clientAddress(c);
    const tooMany = () => {
      c.header("Retry-After", String(LIMIT_PERIOD_SECONDS));
      return teacherPage(
        c,
        "Trop de codes erronés depuis cette connexion : attendez une minute, puis réessayez.",
        429,
      );
    };
    if (teacherFailures.isRefused(client)) return tooMany();
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const given = body[TEACHER_CODE_FIELD];
    const code = typeof given === "string" ? given.trim() : "";
    if (code === "") return teacherPage(c, "Saisissez le code enseignant.", 401);
    if (!(await isSameSecret(code, expected))) {
      if (await teacherFailures.countFailure(c.env.TEACHER_AUTH_LIMITER, client)) return tooMany();
      return teacherPage(c, "Ce code enseignant est refusé : vérifiez-le et réessayez.", 401);
    }
    await startTeacherSession(c, expected);
    return c.redirect("/teacher?connecte", 303);
  })
  .get("/teacher/quizzes", withSession, async (c) => {
    const search = (c.req.query("q") ?? "").trim().slice(0, 200);
    const cursor = c.req.query("cursor");
    const after = cursor === undefined ? undefined : decodeQuizListCursor(cursor);
    const page = await listQuizzes(c.env.DB, {
      limit: LIST_PAGE_SIZE,
      includePrivate: true,
      ...(search ? { search } : {}),
      ...(after ? { after } : {}),
    });
    const facts = await quizListFacts(
      c.env.DB,
      page.quizzes.map((quiz) => quiz.id),
    );
    const query = new URLSearchParams(search ? { q: search } : {});
    if (page.next) query.set("cursor", encodeQuizListCursor(page.next));
    return renderPage(
      c,
      <TeacherQuizList
        quizzes={page.quizzes}
        facts={facts}
        shippedIds={SHIPPED}
        search={search}
        {...(page.next ? { nextHref: `/teacher/quizzes?${query}` } : {})}
      />,
    );
  })
  .get("/teacher/quizzes/:id", withSession, async (c) => {
    const quiz = await findQuiz(c.env.DB, c.req.param("id"), { drafts: true });
    if (!quiz) {
      return renderPage(
        c,
        <ErrorPage title="Quiz introuvable">
          <p>
            Il n'y a pas de quiz à cette adresse. Reprenez la{" "}
            <a href="/teacher/quizzes">liste des quiz</a>.
          </p>
        </ErrorPage>,
        404,
      );
    }
    const [results, sheets] = await Promise.all([
      getQuizResults(c.env.DB, pageOf(quiz, 1)),
      listResultSheets(c.env.DB, quiz.id),
    ]);
    return renderPage(c, <TeacherResults quiz={quiz} results={results} sheets={sheets} />);
  })
  .post("/teacher/logout", sameOriginTeacherForm, (c) => {
    endTeacherSession(c);
    return c.redirect("/teacher?deconnecte", 303);
  });

teacherPages.onError(onPageError);
