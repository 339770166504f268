import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article/parse-article";
import type { Question, Quiz } from "../../src/core/quiz/quiz";
import { typesetFrenchText } from "../../src/core/text/french-typography";
import { findQuiz, QUIZ_PAGE_SIZE } from "../../src/quiz-catalog";
import { saveQuiz } from "../../src/storage/quiz-store";
import { countSubmissions } from "../../src/storage/submission-store";
import { formatFrenchDateTime } from "../../src/views/format-french-date";
import { sampleQuiz } from "../core/quiz/sample-quiz";
import { getSubmission } from "../storage/get-submission";
import { decodeEntities, selectElements as select } from "./select-elements";

const QUIZ_ID = "belgique-maroc-dsiti-2016";
const PAGE = `http://ardoise.test/quizzes/${QUIZ_ID}`;

function get(url: string) {
  return exports.default.fetch(new Request(url, { headers: { Accept: "text/html" } }));
}

function postForm(fields: Record<string, string> | [string, string][], url = PAGE) {
  return exports.default.fetch(
    new Request(url, { method: "POST", body: new URLSearchParams(fields) }),
  );
}

async function seedQuiz(): Promise<Quiz> {
  const quiz = await findQuiz(env.DB, QUIZ_ID);
  if (!quiz) throw new Error(`${QUIZ_ID} is missing`);
  return quiz;
}

/** The form value that answers `question` right. */
function rightValue(question: Question): string {
  return String(question.answer);
}

/** A form value that answers `question` wrong. */
function wrongValue(question: Question): string {
  if (question.type === "true_false") return String(!question.answer);
  if (question.type === "single_choice") {
    const other = question.options.find((option) => option.id !== question.answer);
    if (!other) throw new Error(`${question.id} has no wrong option`);
    return other.id;
  }
  return "zzz";
}

async function expectHtml(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/);
  return html;
}

describe("GET /", () => {
  it("shows the shipped quiz, with a link to the other quizzes", async () => {
    const quiz = await seedQuiz();
    const html = await expectHtml(await get("http://ardoise.test/"), 200);
    expect(await select(html, 'a[href="/quizzes"]')).not.toHaveLength(0);
    const [form] = await select(html, "form.quiz-form");
    expect(form?.attributes).toMatchObject({
      method: "post",
      action: `/quizzes/${QUIZ_ID}#results`,
    });
    // Above it, the field to type an assignment's join code (test/pages/join-pages.test.ts).
    expect(await select(html, "form.join-form")).toHaveLength(1);
    expect(await select(html, "fieldset.question")).toHaveLength(quiz.questions.length);
  });
});

describe("GET /quizzes", () => {
  it("lists the quizzes, each linking to its page", async () => {
    const quiz = await seedQuiz();
    const html = await expectHtml(await get("http://ardoise.test/quizzes"), 200);
    const [link] = await select(html, `a[href="/quizzes/${QUIZ_ID}"]`);
    expect(link?.text).toBe(typesetFrenchText(quiz.title));
  });

  it(`pages the list ${QUIZ_PAGE_SIZE} at a time, with links to the next page and back`, async () => {
    for (let index = 0; index < QUIZ_PAGE_SIZE + 10; index++) {
      const createdAt = new Date(Date.UTC(2025, 5, 1, 0, index)).toISOString();
      await saveQuiz(env.DB, { ...sampleQuiz, id: `list-page-${index}` }, createdAt, true);
    }
    const listed: string[] = [];
    let address: string | undefined = "/quizzes";
    let pages = 0;
    while (address && pages < 20) {
      const html = await expectHtml(await get(`http://ardoise.test${address}`), 200);
      const links = await select(html, "ul.quiz-list a");
      expect(links.length).toBeLessThanOrEqual(QUIZ_PAGE_SIZE);
      listed.push(...links.map((link) => link.attributes.href ?? ""));
      const back = await select(html, 'nav.pager a[href="/quizzes"]');
      expect(back.map((link) => link.text)).toEqual(pages === 0 ? [] : ["Début de la liste"]);
      const [next] = await select(html, "nav.pager a[rel=next]");
      if (next) expect(next.text).toBe("Quiz suivants");
      address = next?.attributes.href?.replaceAll("&amp;", "&");
      pages += 1;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(listed[0]).toBe(`/quizzes/${QUIZ_ID}`);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((href) => href.startsWith("/quizzes/list-page-"))).toHaveLength(
      QUIZ_PAGE_SIZE + 10,
    );
  });

  it("answers 400 with a French page for a cursor it did not make", async () => {
    const html = await expectHtml(await get("http://ardoise.test/quizzes?cursor=forged"), 400);
    expect(html).toContain("Page de la liste introuvable");
    expect((await select(html, 'a[href="/quizzes"]')).length).toBeGreaterThan(0);
  });
});

describe("GET /quizzes/:id", () => {
  it("shows the article: title, French date, caption, every paragraph", async () => {
    const { article } = await seedQuiz();
    const html = await expectHtml(await get(PAGE), 200);
    const [title] = await select(html, "h1");
    expect(title?.text).toBe(typesetFrenchText(article.title));
    const [time] = await select(html, ".article-meta time");
    expect(time).toEqual({
      attributes: { datetime: "2016-03-01T13:33" },
      text: "1er mars 2016 à 13 h 33",
    });
    expect((await select(html, ".article-caption"))[0]?.text).toContain(article.caption);
    const paragraphs = await select(html, ".article-body p");
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(article.paragraphs);
  });

  it("credits the writer beside the date, and never shows the byline as a paragraph", async () => {
    const article = parseArticle(
      "Un pont rouvert\n\nPar Julie Vandermeulen\n\nLe 01/03/2016 à 13h33\n\nLe pont de Jambes a rouvert lundi après huit mois de travaux.",
    );
    const quiz = { ...sampleQuiz, id: "byline-page", article };
    await saveQuiz(env.DB, quiz, new Date().toISOString(), true);
    const html = await expectHtml(await get("http://ardoise.test/quizzes/byline-page"), 200);
    expect((await select(html, ".article-meta .article-byline"))[0]?.text).toBe(
      "Par Julie Vandermeulen",
    );
    const paragraphs = await select(html, ".article-body p");
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      typesetFrenchText(article.paragraphs[0] ?? ""),
    ]);
  });

  it("has one fieldset per question, its numbered prompt as legend, fields named by id", async () => {
    const quiz = await seedQuiz();
    const html = await expectHtml(await get(PAGE), 200);
    const legends = await select(html, "fieldset.question > legend");
    expect(legends.map((legend) => legend.text)).toEqual(
      quiz.questions.map(
        (question, index) => `${index + 1}. ${typesetFrenchText(question.prompt)}`,
      ),
    );
    for (const question of quiz.questions) {
      const inputs = await select(html, `#question-${question.id} input`);
      expect(inputs.every((input) => input.attributes.name === question.id)).toBe(true);
      const types = inputs.map((input) => input.attributes.type);
      const values = inputs.map((input) => input.attributes.value);
      if (question.type === "short_answer") expect(types).toEqual(["text"]);
      if (question.type === "true_false") expect(values).toEqual(["true", "false"]);
      if (question.type === "single_choice") {
        expect(values).toEqual(question.options.map((option) => option.id));
      }
      if (question.type !== "short_answer") expect(new Set(types)).toEqual(new Set(["radio"]));
    }
    const [studentField] = await select(html, 'input[name="student"]');
    expect(studentField?.attributes).toMatchObject({ type: "text", id: "student" });
  });

  it("labels every input, Vrai / Faux for true/false", async () => {
    // The sample quiz has every type of question; the shipped one need not have a true/false.
    const quiz = { ...sampleQuiz, id: "labels-sample" };
    await saveQuiz(env.DB, quiz, new Date().toISOString(), true);
    const html = await expectHtml(await get(`http://ardoise.test/quizzes/${quiz.id}`), 200);
    const labels = new Map(
      (await select(html, "label[for]")).map((label) => [label.attributes.for, label.text]),
    );
    const inputs = await select(html, 'form input:not([type="hidden"])');
    expect(inputs.length).toBeGreaterThan(quiz.questions.length);
    for (const input of inputs) {
      expect(labels.has(input.attributes.id), `label for ${input.attributes.id}`).toBe(true);
    }
    const trueFalse = quiz.questions.find((question) => question.type === "true_false");
    expect(trueFalse).toBeDefined();
    expect(labels.get(`${trueFalse?.id}-true`)).toBe("Vrai");
    expect(labels.get(`${trueFalse?.id}-false`)).toBe("Faux");
  });

  it("reveals nothing of the answer key", async () => {
    const quiz = await seedQuiz();
    const html = await expectHtml(await get(PAGE), 200);
    // Before marking: no highlight, nothing checked, no verdict, no result.
    for (const tell of [
      "<mark",
      "evidence",
      "checked",
      "correct",
      "result-",
      "Juste",
      "attendue",
    ]) {
      expect(html, tell).not.toContain(tell);
    }
    // The article as shown: its title, date, caption and paragraphs.
    const { title, published = "", caption = "", paragraphs } = quiz.article;
    const body = [title, formatFrenchDateTime(published), caption, ...paragraphs]
      .join("\n\n")
      .toLowerCase();
    const page = decodeEntities(html).toLowerCase();
    for (const question of quiz.questions) {
      const fieldset = (await select(html, `#question-${question.id}`))[0];
      expect(fieldset).toBeDefined();
      if (question.type === "short_answer") {
        // The article gives the answer (that is the exercise); nothing else may.
        for (const form of [question.answer, ...question.accepted]) {
          if (!body.includes(form.toLowerCase())) {
            expect(page, `${question.id}: « ${form} »`).not.toContain(form.toLowerCase());
          }
        }
        expect(fieldset?.text.toLowerCase()).not.toContain(question.answer.toLowerCase());
      } else {
        // Every radio of a question is written alike, but for its own id and value.
        const radios = html.match(new RegExp(`<input[^>]*name="${question.id}"[^>]*>`, "g")) ?? [];
        const values = question.type === "true_false" ? ["true", "false"] : question.options;
        expect(radios).toHaveLength(values.length);
        const shapes = radios.map((radio) =>
          radio.replace(/ id="[^"]*"/, "").replace(/ value="[^"]*"/, ""),
        );
        expect(new Set(shapes).size, `${question.id} radios differ`).toBe(1);
      }
    }
  });

  it("answers 404 with a French page for an unknown quiz", async () => {
    const html = await expectHtml(await get("http://ardoise.test/quizzes/nope"), 404);
    expect(html).toContain("Quiz introuvable");
    expect(html).toContain("«\u00a0nope\u00a0»");
  });
});

describe("POST /quizzes/:id (the form without JavaScript)", () => {
  it("marks a right sheet 10 / 10 and stores it as one submission", async () => {
    const quiz = await seedQuiz();
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const fields = Object.fromEntries(quiz.questions.map((q) => [q.id, rightValue(q)]));
    const html = await expectHtml(await postForm({ ...fields, student: " Léa " }), 200);
    const [score] = await select(html, "#results .score");
    expect(score?.text).toBe(`${quiz.questions.length} / ${quiz.questions.length}`);
    expect(await select(html, ".result-right")).toHaveLength(quiz.questions.length);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 1);
  });

  it("stores a form sent again with the page's key once, and shows the same marks", async () => {
    const quiz = await seedQuiz();
    const page = await expectHtml(await get(PAGE), 200);
    const [keyField] = await select(page, 'input[name="idempotency-key"]');
    const key = keyField?.attributes.value ?? "";
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const fields = Object.fromEntries(quiz.questions.map((q) => [q.id, rightValue(q)]));
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const first = await expectHtml(await postForm({ ...fields, "idempotency-key": key }), 200);
    const again = await expectHtml(await postForm({ ...fields, "idempotency-key": key }), 200);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 1);
    const [score] = await select(again, "#results .score");
    expect(score?.text).toBe(`${quiz.questions.length} / ${quiz.questions.length}`);
    expect((await select(first, "#results .score"))[0]?.text).toBe(score?.text);
    // Back, another answer, sent from the same page: another sheet, as the form always allowed.
    const changed = { ...fields, q1: wrongValue(quiz.questions[0] as Question) };
    await expectHtml(await postForm({ ...changed, "idempotency-key": key }), 200);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 2);
  });

  it("shows a wrong answer wrong, with the expected answer and its evidence marked", async () => {
    const quiz = await seedQuiz();
    const wrong = quiz.questions.find((question) => question.type === "single_choice");
    if (wrong?.type !== "single_choice") throw new Error("no single-choice question");
    const fields = Object.fromEntries(
      quiz.questions.map((q) => [q.id, q === wrong ? wrongValue(q) : rightValue(q)]),
    );
    const html = await expectHtml(await postForm(fields), 200);
    const max = quiz.questions.length;
    expect((await select(html, "#results .score"))[0]?.text).toBe(`${max - 1} / ${max}`);
    const [item] = await select(html, `#result-${wrong.id}`);
    expect(item?.attributes.class).toBe("result result-wrong");
    expect(item?.text).toContain("✗ Faux");
    const expected = wrong.options.find((option) => option.id === wrong.answer)?.text ?? "";
    expect(item?.text).toContain(`Réponse attendue\u00a0: ${expected}`);
    const [mark] = await select(html, `mark#evidence-${wrong.id}`);
    expect(mark?.attributes.class).toBe("evidence evidence-wrong");
    expect(mark?.text).toBe(wrong.evidence.text);
    expect(await select(html, `a[href="#evidence-${wrong.id}"]`)).toHaveLength(1);
    // Each question's highlight carries its number, on its first piece; a legend says what the
    // colours mean.
    const numbered = await select(html, "mark.evidence[data-number]");
    expect(numbered.map((piece) => piece.attributes.id)).toEqual(
      expect.arrayContaining(quiz.questions.map((question) => `evidence-${question.id}`)),
    );
    expect(numbered).toHaveLength(max);
    expect(mark?.attributes["data-number"]).toBe(String(quiz.questions.indexOf(wrong) + 1));
    expect((await select(html, ".highlight-legend"))[0]?.text).toContain("en jaune");
    // The answers stay on the page, locked, and the results region takes the focus.
    expect(await select(html, "fieldset[disabled]")).toHaveLength(max);
    const [chosen] = await select(html, `input[name="${wrong.id}"][checked]`);
    expect(chosen?.attributes.value).toBe(wrongValue(wrong));
    expect((await select(html, "#results"))[0]?.attributes).toMatchObject({
      "aria-live": "polite",
      tabindex: "-1",
      autofocus: "",
    });
    expect(await select(html, `a.button[href="/quizzes/${QUIZ_ID}"]`)).toHaveLength(1);
  });

  it("stores the sheet exactly as the JSON API does for the same answers", async () => {
    const quiz = await seedQuiz();
    const fields = Object.fromEntries(
      quiz.questions.map((q, index) => [q.id, index % 2 === 0 ? rightValue(q) : wrongValue(q)]),
    );
    fields[quiz.questions[1]?.id ?? ""] = "";
    const before = await countSubmissions(env.DB, QUIZ_ID);
    await expectHtml(await postForm({ ...fields, student: "Léa", "hand-in": "anyway" }), 200);
    const { results } = await env.DB.prepare(
      "SELECT id FROM submissions WHERE quiz_id = ? ORDER BY rowid DESC LIMIT 1",
    )
      .bind(QUIZ_ID)
      .all<{ id: string }>();
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 1);
    const fromForm = await getSubmission(env.DB, results[0]?.id ?? "");

    // What the quiz page's script sends: blanks left out, true/false as booleans.
    const answers = Object.fromEntries(
      quiz.questions
        .filter((q) => fields[q.id] !== "")
        .map((q) => [q.id, q.type === "true_false" ? fields[q.id] === "true" : fields[q.id]]),
    );
    const response = await exports.default.fetch(
      new Request(`http://ardoise.test/api/quizzes/${QUIZ_ID}/submissions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers, student: "Léa" }),
      }),
    );
    expect(response.status).toBe(201);
    const fromApi = await getSubmission(env.DB, (await response.json<{ id: string }>()).id);
    const comparable = (stored: typeof fromApi) => ({ ...stored, id: "", createdAt: "" });
    expect(comparable(fromForm)).toEqual(comparable(fromApi));
    expect(fromForm?.marks[1]).toMatchObject({ given: null, correct: false });
  });

  it("sends a sheet with unanswered questions back, stored nowhere, until « Rendre quand même »", async () => {
    const quiz = await seedQuiz();
    const fields = Object.fromEntries(quiz.questions.map((q) => [q.id, rightValue(q)]));
    const [first, , third] = quiz.questions;
    if (!first || !third) throw new Error("the seed quiz is too short");
    fields[first.id] = "";
    fields[third.id] = "";
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const response = await postForm({ ...fields, student: "Zoé" });
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const html = await expectHtml(response, 422);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
    const [check] = await select(html, "#hand-in-check");
    expect(check?.text).toContain("2 questions sans réponse\u00a0: question 1 et question 3.");
    expect((await select(html, "#results"))[0]?.attributes).toMatchObject({ autofocus: "" });
    expect(await select(html, "#results #hand-in-check")).toHaveLength(1);
    expect((await select(html, "#hand-in-check a")).map((link) => link.attributes.href)).toEqual([
      `#question-${first.id}`,
      `#question-${third.id}`,
    ]);
    expect(await select(html, "fieldset.question-missing")).toHaveLength(2);
    // The answers are back in the form, nothing locked, no results.
    expect((await select(html, "#student"))[0]?.attributes.value).toBe("Zoé");
    expect(await select(html, "fieldset:not([disabled])")).toHaveLength(quiz.questions.length);
    expect(await select(html, "#results .score")).toHaveLength(0);
    const [anyway] = await select(html, 'button[name="hand-in"]');
    expect(anyway).toMatchObject({
      text: "Rendre quand même",
      attributes: { value: "anyway", form: "quiz-form" },
    });
    expect(await select(html, "form#quiz-form")).toHaveLength(1);

    const handedIn = await expectHtml(
      await postForm({ ...fields, student: "Zoé", "hand-in": "anyway" }),
      200,
    );
    expect((await select(handedIn, "#results .score"))[0]?.text).toBe(
      `${quiz.questions.length - 2} / ${quiz.questions.length}`,
    );
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 1);
  });

  it("counts empty fields as unanswered", async () => {
    const quiz = await seedQuiz();
    const fields = Object.fromEntries(quiz.questions.map((q) => [q.id, ""]));
    const html = await expectHtml(await postForm({ ...fields, "hand-in": "anyway" }), 200);
    expect((await select(html, "#results .score"))[0]?.text).toBe(`0 / ${quiz.questions.length}`);
    expect(await select(html, ".answer-none")).toHaveLength(quiz.questions.length);
  });

  it.each<[string, [string, string][], string]>([
    ["an unknown field", [["q99", "x"]], "Champ inconnu «\u00a0q99\u00a0»"],
    [
      "a field sent twice",
      [
        ["q1", "a"],
        ["q1", "b"],
      ],
      "une seule fois",
    ],
  ])("refuses %s with a 400 page saying why, storing nothing", async (_, fields, message) => {
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const html = await expectHtml(await postForm(fields), 400);
    expect(html).toContain("Réponses refusées");
    expect(html).toContain(message);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
  });

  it("refuses an impossible choice with a 400 page saying why, storing nothing", async () => {
    // The seed quiz's first choice question, wherever the generator puts it.
    const quiz = await seedQuiz();
    const index = quiz.questions.findIndex((question) => question.type === "single_choice");
    const question = quiz.questions[index];
    expect(question).toBeDefined();
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const html = await expectHtml(await postForm([[question?.id ?? "", "z"]]), 400);
    expect(html).toContain("Réponses refusées");
    expect(html).toContain(`n&#39;est pas un choix de la question ${index + 1}`);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
  });

  it("answers 415 with a French page to a body that is not a form", async () => {
    const response = await exports.default.fetch(
      new Request(PAGE, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      }),
    );
    expect(await expectHtml(response, 415)).toContain("Formulaire illisible");
  });

  it("answers 404 with a French page for an unknown quiz", async () => {
    const html = await expectHtml(await postForm({}, "http://ardoise.test/quizzes/nope"), 404);
    expect(html).toContain("Quiz introuvable");
  });
});

describe("page headers", () => {
  it("allow only same-origin scripts and styles", async () => {
    const response = await get(PAGE);
    const policy = response.headers.get("Content-Security-Policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
  });
});

describe("French typography on the pages", () => {
  it("sets no-break spaces before : ? and inside « », and keeps the article's text length", async () => {
    const quiz = await seedQuiz();
    const page = await (await get(PAGE)).text();
    const [title] = await select(page, "h1");
    // The seed title, as the wire wrote it: « … belge: la coopération … »: a space is added.
    expect(title?.text).toContain("belge\u00a0: la coopération");
    const paragraphs = await select(page, ".article-body p");
    expect(paragraphs.map((paragraph) => paragraph.text.length)).toEqual(
      quiz.article.paragraphs.map((paragraph) => paragraph.length),
    );
    // Only spaces changed, to no-break ones.
    expect(paragraphs.map((paragraph) => paragraph.text.replace(/[\u00a0\u202f]/g, " "))).toEqual(
      quiz.article.paragraphs.map((paragraph) => paragraph.replace(/\u00a0/g, " ")),
    );
    // No text on the page has a breakable space before : ; ! ? or after «.
    const text = page.replace(/<(script|style|code)[\s\S]*?<\/\1>|<[^>]*>/g, "");
    expect(decodeEntities(text)).not.toMatch(/ [:;!?](?=\s|$)|« /);
  });

  it("leaves the stored quiz as written", async () => {
    const quiz = await seedQuiz();
    await get(PAGE);
    const response = await exports.default.fetch(
      new Request(`http://ardoise.test/api/quizzes/${QUIZ_ID}`),
    );
    const body = (await response.json()) as { title: string };
    expect(body.title).toBe(quiz.title);
    expect(body.title).toContain("belge: la");
  });
});
