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
    expect(labels.get("token")).toBe("Jeton enseignant");
    expect(labels.get("article")).toBe("Texte de l'article");
    expect(labels.get("question-count")).toBe("Nombre de questions");
    expect(labels.get("search")).toBe("Chercher un quiz par son titre");
    const [count] = await selectElements(html, "#question-count");
    expect(count?.attributes).toMatchObject({ type: "number", min: "5", max: "20", value: "10" });
    const [token] = await selectElements(html, "#token");
    // No name: a form sent without the script cannot put the token in a URL.
    expect(token?.attributes).toMatchObject({ type: "password" });
    expect(token?.attributes.name).toBeUndefined();
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
