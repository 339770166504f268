import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { seedQuizzes } from "../../src/content/seed-quizzes";
import { QUIZ_EXPORT_FORMATS } from "../../src/core/export/export-quiz";
import { findQuiz } from "../../src/quiz-catalog";
import { decodeEntities, selectElements } from "./select-elements";

async function teacherPage(): Promise<{ response: Response; html: string }> {
  const response = await exports.default.fetch(
    new Request("http://ardoise.test/teacher", { headers: { Accept: "text/html" } }),
  );
  return { response, html: await response.text() };
}

describe("GET /teacher", () => {
  it("is a French HTML page with the pages' security headers", async () => {
    const { response, html } = await teacherPage();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/);
    const policy = response.headers.get("Content-Security-Policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    const [title] = await selectElements(html, "h1");
    expect(title?.text).toBe("Espace enseignant");
    expect((await selectElements(html, "title"))[0]?.text).toBe("Espace enseignant · Ardoise");
  });

  it("runs only its own static script: no inline script, handler or style", async () => {
    const { html } = await teacherPage();
    const scripts = await selectElements(html, "script");
    expect(scripts.map((script) => script.attributes.src)).toEqual(["/teacher.js"]);
    expect(scripts.every((script) => script.text === "")).toBe(true);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[^>]+\sstyle\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const sheets = await selectElements(html, 'link[rel="stylesheet"]');
    expect(sheets.map((sheet) => sheet.attributes.href)).toEqual(["/ardoise.css", "/tools.css"]);
  });

  it("labels every field and gives the status messages a live region", async () => {
    const { html } = await teacherPage();
    const labels = new Map(
      (await selectElements(html, "label[for]")).map((label) => [
        label.attributes.for,
        label.text.trim(),
      ]),
    );
    const fields = [
      ...(await selectElements(html, "input")),
      ...(await selectElements(html, "textarea")),
      ...(await selectElements(html, "select")),
    ];
    expect(fields.map((field) => field.attributes.id)).toEqual([
      "token",
      "quiz-title",
      "question-count",
      "quiz-public",
      "created-url",
      "search",
      "assign-label",
      "assign-closes",
      "feedback-immediate",
      "feedback-after-close",
      "article",
      "assign-quiz",
    ]);
    for (const field of fields) {
      expect(labels.get(field.attributes.id), field.attributes.id).toBeTruthy();
    }
    expect(labels.get("token")).toBe("Code enseignant");
    expect(labels.get("article")).toBe("Texte de l'article");
    expect(labels.get("question-count")).toBe("Nombre de questions");
    expect(labels.get("search")).toBe("Chercher un quiz par son titre");
    const [count] = await selectElements(html, "#question-count");
    expect(count?.attributes).toMatchObject({ type: "number", min: "5", max: "20", value: "10" });
    const [token] = await selectElements(html, "#token");
    // Posted to /teacher/session, never in a URL; the page's script never sees it.
    expect(token?.attributes).toMatchObject({ type: "password", name: "code" });
    expect((await selectElements(html, "#login-form"))[0]?.attributes).toMatchObject({
      method: "post",
      action: "/teacher/session",
    });
    const [status] = await selectElements(html, "#status");
    expect(status?.attributes).toMatchObject({ role: "status", "aria-live": "polite" });
    expect(await selectElements(html, '[role="alert"]')).toHaveLength(3);
  });

  it("offers every export format and the sign-out button", async () => {
    const { html } = await teacherPage();
    const buttons = await selectElements(html, "button[data-format]");
    expect(buttons.map((button) => button.attributes["data-format"])).toEqual([
      ...QUIZ_EXPORT_FORMATS.map((format) => format.name),
      "results-csv",
    ]);
    const [logout] = await selectElements(html, "#logout");
    expect(logout?.text.trim()).toBe("Se déconnecter");
  });

  it("holds no token, no answer key and no quiz data", async () => {
    const { html } = await teacherPage();
    const page = decodeEntities(html);
    expect(env.TEACHER_TOKEN).toBeTruthy();
    expect(page).not.toContain(env.TEACHER_TOKEN);
    expect(page).not.toMatch(/Bearer\s+\S/);
    const [root] = await selectElements(html, "#teacher");
    expect(JSON.parse(decodeEntities(root?.attributes["data-shipped-ids"] ?? ""))).toEqual(
      seedQuizzes.map((quiz) => quiz.id),
    );
    for (const { id } of seedQuizzes) {
      const quiz = await findQuiz(env.DB, id);
      for (const question of quiz?.questions ?? []) {
        expect(page).not.toContain(question.prompt);
        expect(page).not.toContain(question.evidence.text);
        if (question.type === "short_answer") expect(page).not.toContain(question.answer);
      }
    }
    // The sections that need the token start hidden.
    const [workspace] = await selectElements(html, "#workspace");
    expect(workspace?.attributes.hidden).toBeDefined();
  });
});

const ORIGIN = "http://ardoise.test";
const KEY_PATH = "/api/quizzes/belgique-maroc-dsiti-2016/key";

function signIn(code: string, headers: Record<string, string> = {}) {
  return exports.default.fetch(
    new Request(`${ORIGIN}/teacher/session`, {
      method: "POST",
      headers: { Origin: ORIGIN, ...headers },
      body: new URLSearchParams({ code }),
      redirect: "manual",
    }),
  );
}

/** The `name=value` of the session cookie a sign-in set. */
async function sessionCookie(): Promise<string> {
  const response = await signIn(env.TEACHER_TOKEN ?? "");
  return (response.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
}

describe("the teacher's session", () => {
  it("is a signed cookie, HttpOnly, Secure, SameSite=Strict, with an expiry, set by the right code", async () => {
    const response = await signIn(` ${env.TEACHER_TOKEN} `);
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/teacher?connecte");
    const cookie = response.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^__Host-ardoise-teacher=\d+\.[^;]+;/);
    expect(cookie).toContain("Max-Age=43200");
    expect(cookie).toMatch(/Expires=/);
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).not.toContain(env.TEACHER_TOKEN);
  });

  it("is refused for a wrong code, with a French message on the page and no cookie", async () => {
    const response = await signIn("not-the-code");
    expect(response.status).toBe(401);
    expect(response.headers.get("Set-Cookie")).toBeNull();
    const html = await response.text();
    expect((await selectElements(html, "#login-error"))[0]?.text).toContain(
      "Ce code enseignant est refusé",
    );
    expect((await selectElements(html, "#token"))[0]?.attributes["aria-invalid"]).toBe("true");
  });

  it("is not started by a form from another site", async () => {
    const response = await signIn(env.TEACHER_TOKEN ?? "", { Origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(response.headers.get("Set-Cookie")).toBeNull();
  });

  it("shows the workspace and opens the API; a tampered cookie opens nothing", async () => {
    const cookie = await sessionCookie();
    const page = await exports.default.fetch(
      new Request(`${ORIGIN}/teacher`, { headers: { Cookie: cookie } }),
    );
    const html = await page.text();
    expect((await selectElements(html, "#workspace"))[0]?.attributes.hidden).toBeUndefined();
    expect(await selectElements(html, "#login")).toHaveLength(0);
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    const key = await exports.default.fetch(
      new Request(`${ORIGIN}${KEY_PATH}`, { headers: { Cookie: cookie } }),
    );
    expect(key.status).toBe(200);
    const [name, value = ""] = cookie.split("=");
    const tampered = `${name}=${String(Number(value.split(".")[0]) + 1)}.${value.split(".").slice(1).join(".")}`;
    const refused = await exports.default.fetch(
      new Request(`${ORIGIN}${KEY_PATH}`, { headers: { Cookie: tampered } }),
    );
    expect(refused.status).toBe(401);
  });

  it("changes something only for a request from this site (CSRF)", async () => {
    const cookie = await sessionCookie();
    const create = (headers: Record<string, string>) =>
      exports.default.fetch(
        new Request(`${ORIGIN}/api/assignments`, {
          method: "POST",
          headers: { Cookie: cookie, "Content-Type": "application/json", ...headers },
          body: JSON.stringify({
            quizId: "belgique-maroc-dsiti-2016",
            label: "4e C",
            feedback: "immediate",
          }),
        }),
      );
    const refusals: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { "Sec-Fetch-Site": "cross-site" },
      {},
    ];
    for (const headers of refusals) {
      const refused = await create(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(await refused.json()).toMatchObject({ type: "/problems/cross-site-request" });
    }
    expect((await create({ Origin: ORIGIN })).status).toBe(201);
    expect((await create({ "Sec-Fetch-Site": "same-origin" })).status).toBe(201);
  });

  it("ends with « Se déconnecter »: the cookie is cleared", async () => {
    const cookie = await sessionCookie();
    const response = await exports.default.fetch(
      new Request(`${ORIGIN}/teacher/logout`, {
        method: "POST",
        headers: { Origin: ORIGIN, Cookie: cookie },
        redirect: "manual",
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("Set-Cookie")).toMatch(/^__Host-ardoise-teacher=;.*Max-Age=0/);
    const page = await exports.default.fetch(new Request(`${ORIGIN}/teacher?deconnecte`));
    expect((await selectElements(await page.text(), "#status"))[0]?.text).toBe(
      "Vous êtes déconnecté·e.",
    );
  });
});

describe("the teacher's screens", () => {
  it("send a browser without the session to the sign-in form", async () => {
    for (const path of ["/teacher/quizzes", "/teacher/quizzes/belgique-maroc-dsiti-2016"]) {
      const response = await exports.default.fetch(
        new Request(`${ORIGIN}${path}`, { redirect: "manual" }),
      );
      expect(response.status, path).toBe(303);
      expect(response.headers.get("Location")).toBe("/teacher");
    }
  });

  it("list the quizzes with their sheets and origin, and search them by title", async () => {
    const cookie = await sessionCookie();
    const get = (path: string) =>
      exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers: { Cookie: cookie } }));
    await exports.default.fetch(
      new Request(`${ORIGIN}/api/quizzes/belgique-maroc-dsiti-2016/submissions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers: {}, student: "Liste" }),
      }),
    );
    const html = await (await get("/teacher/quizzes")).text();
    const [row] = await selectElements(html, 'tr[data-quiz-id="belgique-maroc-dsiti-2016"]');
    expect(row?.text).toContain("fourni avec Ardoise");
    const count = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM submissions WHERE quiz_id = 'belgique-maroc-dsiti-2016'",
    ).first<{ n: number }>();
    const [sheets] = await selectElements(
      html,
      'tr[data-quiz-id="belgique-maroc-dsiti-2016"] td.rate',
    );
    expect(sheets?.text).toBe(String(count?.n));
    expect(
      (await selectElements(html, 'a[href="/teacher/quizzes/belgique-maroc-dsiti-2016"]')).length,
    ).toBe(1);
    const none = await (await get("/teacher/quizzes?q=introuvablezz")).text();
    expect(none).toContain("Aucun quiz ne correspond");
    expect(await selectElements(none, "tr[data-quiz-id]")).toHaveLength(0);
  });

  it("show a quiz's class: each sheet out of the maximum and out of 20 in Paris time, the distribution, each question's rate and wrong answers", async () => {
    const cookie = await sessionCookie();
    const quiz = await findQuiz(env.DB, "belgique-maroc-dsiti-2016");
    if (!quiz) throw new Error("no seed quiz");
    const choice = quiz.questions.find((question) => question.type === "single_choice");
    if (choice?.type !== "single_choice") throw new Error("no single choice");
    const wrong = choice.options.find((option) => option.id !== choice.answer);
    const answers = Object.fromEntries(
      quiz.questions.map((question) => [question.id, question.answer]),
    );
    answers[choice.id] = wrong?.id ?? "";
    const student = `Zoé Résultats ${crypto.randomUUID().slice(0, 6)}`;
    await exports.default.fetch(
      new Request(`${ORIGIN}/api/quizzes/${quiz.id}/submissions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers, student }),
      }),
    );
    const response = await exports.default.fetch(
      new Request(`${ORIGIN}/teacher/quizzes/${quiz.id}`, { headers: { Cookie: cookie } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const html = await response.text();
    const rows = await selectElements(html, "#class-table tbody tr");
    const row = rows.find((candidate) => candidate.text.includes(student));
    const max = quiz.questions.length;
    const twenty = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(
      ((max - 1) * 20) / max,
    );
    expect(row?.text).toContain(`${max - 1} / ${max}`);
    expect(row?.text).toContain(twenty);
    expect(row?.text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(await selectElements(html, "#distribution tbody tr")).toHaveLength(max + 1);
    const [rate] = await selectElements(
      html,
      `#question-rates tr[data-question-id="${choice.id}"]`,
    );
    expect(rate?.text).toContain(wrong?.text ?? "?");
    expect(rate?.text).toMatch(/\d+\s%/);
    const exports_ = await selectElements(html, "a[download]");
    expect(exports_.map((link) => link.attributes.href)).toContain(
      `/api/quizzes/${quiz.id}/export?format=results-csv`,
    );
  });
});
