import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseGift } from "gift-pegjs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { CHART } from "../../src/views/results-chart";
import { PARAGRAPHS } from "../core/article/language-samples";
import {
  collectErrors,
  DESKTOP,
  focusedId,
  launchChromium,
  PHONE,
  screenshotPath,
  scrollsSideways,
  seriousViolations,
  url,
} from "./helpers";

/** A French news article the teacher pastes (one of the evaluation corpus). */
const ARTICLE_PATH = join("test", "eval", "corpus", "culture.fr.txt");
const QUIZ_TITLE = "Jeanne Van Hove à Rouen";

interface CreatedQuiz {
  id: string;
  title: string;
  questions: { id: string; type: string; prompt: string; answer: string | boolean }[];
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let article: string;
const token = () => inject("teacherToken");

beforeAll(async () => {
  browser = await launchChromium();
  article = readFileSync(join(inject("root"), ARTICLE_PATH), "utf8");
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  // The pages' CSP allows no inline script; axe is injected as one.
  context = await browser.newContext({ viewport: DESKTOP, locale: "fr-FR", bypassCSP: true });
  page = await context.newPage();
  errors = collectErrors(page);
  await page.goto(url("/teacher"));
});

afterEach(async () => {
  // Chromium logs every 4xx the page fetches: those the test asked for are not errors.
  expect(errors.filter((error) => !/status of 40[01]|status of 422/.test(error))).toEqual([]);
  await context.close();
});

async function text(selector: string): Promise<string> {
  return (await page.locator(selector).textContent()) ?? "";
}

async function signIn(): Promise<void> {
  await page.fill("#token", token());
  await Promise.all([
    page.waitForURL(/\/teacher\?connecte$/),
    page.click("#login-form button[type=submit]"),
  ]);
  await page.locator("#workspace").waitFor({ state: "visible" });
  await page.locator("#quiz-list li").first().waitFor();
}

async function createQuiz(): Promise<string> {
  await page.fill("#article", article);
  await page.fill("#quiz-title", QUIZ_TITLE);
  // Fourteen: past ten asked, the low-value questions left out of a ten-question quiz may
  // stand, so the review below has enough questions to edit, swap, delete and move.
  await page.fill("#question-count", "14");
  await page.click("#create-form button[type=submit]");
  await page.locator("#created").waitFor({ state: "visible" });
  const address = await page.inputValue("#created-url");
  const id = /\/quizzes\/([\w-]+)$/.exec(address)?.[1];
  if (!id) throw new Error(`no quiz id in ${address}`);
  return id;
}

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url(path), {
    ...init,
    headers: { Authorization: `Bearer ${token()}`, ...(init.headers ?? {}) },
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json() as Promise<T>;
}

async function openQuiz(id: string): Promise<void> {
  await page.click(`#quiz-list button[data-quiz-id="${id}"]`);
  await page.locator("#chart-box img").waitFor();
}

/** The bars of the chart on the page, read from its image (a data: URL of the SVG). */
async function chartBars(): Promise<{ questionId: string; width: number }[]> {
  const source = (await page.getAttribute("#chart-box img", "src")) ?? "";
  const prefix = "data:image/svg+xml;charset=utf-8,";
  expect(source.startsWith(prefix)).toBe(true);
  const svg = decodeURIComponent(source.slice(prefix.length));
  return [...svg.matchAll(/<g class="question" data-question-id="([^"]+)">.*?<\/g>/g)].map(
    ([group, questionId]) => ({
      questionId: questionId ?? "",
      width: Number(/class="bar"[^>]*width="([\d.]+)"/.exec(group)?.[1]),
    }),
  );
}

describe("the teacher page", () => {
  it("signs in with the « code enseignant », stays signed in in a new tab, and signs out", async () => {
    expect(await page.isVisible("#login")).toBe(true);
    expect(await page.isVisible("#workspace")).toBe(false);
    expect(await page.textContent("label[for=token]")).toBe("Code enseignant");

    await page.fill("#token", "not-the-token");
    await page.click("#login-form button[type=submit]");
    await page.locator("#login-error p").first().waitFor();
    expect(await text("#login-error")).toContain("Ce code enseignant est refusé");
    expect(await page.getAttribute("#token", "aria-invalid")).toBe("true");
    expect(await page.isVisible("#workspace")).toBe(false);

    await signIn();
    expect(new URL(page.url()).pathname).toBe("/teacher");
    await page.locator("#status:has-text('Vous êtes connecté·e.')").waitFor();
    expect(await focusedId(page)).toBe("create-title");
    // The session is an HttpOnly cookie: nothing in page storage, nothing the page can read.
    expect(
      await page.evaluate("JSON.stringify([sessionStorage, localStorage, document.cookie])"),
    ).toBe('[{},{},""]');
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: "__Host-ardoise-teacher",
      httpOnly: true,
      secure: true,
      sameSite: "Strict",
    });
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 11 * 3600);

    // A new tab and a reload keep the session.
    const tab = await context.newPage();
    await tab.goto(url("/teacher"));
    await tab.locator("#quiz-list li").first().waitFor();
    expect(await tab.isVisible("#login")).toBe(false);
    await page.reload();
    await page.locator("#quiz-list li").first().waitFor();
    expect(await page.isVisible("#login")).toBe(false);

    await page.click("#logout");
    await page.locator("#login").waitFor({ state: "visible" });
    expect(await page.isVisible("#workspace")).toBe(false);
    await page.locator("#status:has-text('Vous êtes déconnecté·e.')").waitFor();
    expect(await context.cookies()).toEqual([]);
    // The other tab is signed out too: its next request asks to sign in again.
    await tab.reload();
    expect(await tab.isVisible("#login")).toBe(true);
    await tab.close();
  });

  it("creates a quiz from a pasted article, lists it, exports it, charts its results, deletes it", async () => {
    await signIn();
    expect(
      await page.locator('#quiz-list li[data-quiz-id="belgique-maroc-dsiti-2016"]').count(),
    ).toBe(1);

    const id = await createQuiz();
    // At most the 14 asked for: as many as the generator finds (4 in this article since it no
    // longer keys one lender of two, *Qui a prêté une partie des œuvres ?*); several, so that the
    // chart and the mean below have rows to show.
    const count = (await api<CreatedQuiz>(`/api/quizzes/${id}/key`)).questions.length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(14);
    expect(await text("#created-summary")).toContain(
      `Quiz créé en brouillon : « ${QUIZ_TITLE} », ${count} questions.`,
    );
    expect(await page.inputValue("#created-url")).toBe(url(`/quizzes/${id}`));
    expect(await page.getAttribute("#created-link", "href")).toBe(`/quizzes/${id}`);
    expect(await focusedId(page)).toBe("created");
    expect(await page.inputValue("#article")).toBe("");
    await page.locator(`#quiz-list li[data-quiz-id="${id}"]`).waitFor();
    expect(await text(`#quiz-list li[data-quiz-id="${id}"]`)).toContain(QUIZ_TITLE);
    expect(await text(`#quiz-list li[data-quiz-id="${id}"]`)).toContain("brouillon");

    // Its results: nothing yet.
    await openQuiz(id);
    expect(await focusedId(page)).toBe("detail-title");
    expect(await text("#detail-title")).toBe(QUIZ_TITLE);
    expect(await text("#stat-submissions")).toBe("0");
    expect(await text("#stat-mean")).toBe("—");
    expect(await page.locator("#rates tbody tr").count()).toBe(count);
    expect((await chartBars()).every((bar) => bar.width === 0)).toBe(true);

    // The GIFT export, under the server's file name, readable by a GIFT parser.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('button[data-format="gift"]'),
    ]);
    expect(download.suggestedFilename()).toBe("jeanne-van-hove-a-rouen.gift.txt");
    const gift = readFileSync(await download.path(), "utf8");
    const key = await api<CreatedQuiz>(`/api/quizzes/${id}/key`);
    const stems = parseGift(gift).flatMap((entry) =>
      ["MC", "TF", "Short"].includes(entry.type) && "stem" in entry ? [entry.stem.text] : [],
    );
    expect(stems).toEqual(key.questions.map((question) => question.prompt));
    await page.locator("#status:has-text('jeanne-van-hove-a-rouen.gift.txt')").waitFor();

    // Published, so that a student can answer: right on every question but the short answers.
    await page.click("#publish");
    await page.locator("#review-state:has-text('Publié')").waitFor();
    const answers = Object.fromEntries(
      key.questions.map((question) => [
        question.id,
        question.type === "short_answer" ? "zzz" : question.answer,
      ]),
    );
    await api(`/api/quizzes/${id}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answers, student: "Léa" }),
    });
    await page.click("#refresh");
    await page.locator("#stat-submissions:has-text('1')").waitFor();
    const right = key.questions.filter((question) => question.type !== "short_answer").length;
    expect(await text("#stat-mean")).toBe(`${right} / ${count}`);
    const bars = await chartBars();
    expect(bars.map((bar) => bar.questionId)).toEqual(key.questions.map((question) => question.id));
    key.questions.forEach((question, index) => {
      expect(bars[index]?.width, question.id).toBe(
        question.type === "short_answer" ? 0 : CHART.barWidth,
      );
    });
    const rates = await page.locator("#rates tbody td.rate").allTextContents();
    expect(rates).toEqual(
      key.questions.map((question) =>
        question.type === "short_answer" ? "0\u00a0%" : "100\u00a0%",
      ),
    );
    expect(await page.getAttribute("#chart-box img", "alt")).toContain("taux de bonnes réponses");

    // Deleting asks first: declined, nothing happens; accepted, the quiz is gone.
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.click("#delete-quiz");
    expect(await page.isVisible("#detail")).toBe(true);
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain(QUIZ_TITLE);
      return dialog.accept();
    });
    await page.click("#delete-quiz");
    await page.locator("#detail").waitFor({ state: "hidden" });
    await page.locator(`#quiz-list li[data-quiz-id="${id}"]`).waitFor({ state: "detached" });
    await page.locator("#status:has-text('supprimé')").waitFor();
    expect(await focusedId(page)).toBe("list-title");
    expect((await fetch(url(`/api/quizzes/${id}`))).status).toBe(404);
  });

  it("says in French what is wrong with the form, and shows the server's refusal", async () => {
    await signIn();
    await page.fill("#article", "Trop court.");
    await page.fill("#question-count", "30");
    await page.click("#create-form button[type=submit]");
    await page.locator("#create-error p").first().waitFor();
    const shown = await text("#create-error");
    expect(shown).toContain("au moins 200 caractères (il en fait 11)");
    expect(shown).toContain("de 5 à 20");
    expect(await page.getAttribute("#article", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#question-count", "aria-invalid")).toBe("true");
    expect(await focusedId(page)).toBe("article");

    // Long enough, but nothing a question can be made of: the API refuses it (422).
    await page.fill("#article", "bla bla, ".repeat(40));
    await page.fill("#question-count", "10");
    await page.click("#create-form button[type=submit]");
    await page.locator("#create-error:has-text('No question could be made')").waitFor();
    expect(await text("#create-error")).toContain("Le quiz n'a pas été créé");
    expect(await page.getAttribute("#create-error [lang=en]", "lang")).toBe("en");
    expect(await page.isVisible("#created")).toBe(false);
  });

  it("reviews a draft by keyboard: edit, refused edit, swap, move, add, delete, publish, accept", async () => {
    await signIn();
    const id = await createQuiz();
    // A draft: students cannot open it.
    expect((await fetch(url(`/quizzes/${id}`))).status).toBe(404);
    expect((await fetch(url(`/api/quizzes/${id}`))).status).toBe(404);
    await page.locator("#review-created").focus();
    await page.keyboard.press("Enter");
    await page.locator("#review-list li").first().waitFor();
    const count = await page.locator("#review-list > li").count();
    // Every step below needs three questions.
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await text("#review-state")).toContain("Brouillon");
    expect(await text("#review-article")).toContain("Rouen");
    expect(await seriousViolations(page)).toEqual([]);
    const item = (index: number) => page.locator("#review-list > li").nth(index);
    const press = async (selector: string) => {
      await page.locator(selector).first().focus();
      await page.keyboard.press("Enter");
    };

    // Edit the first question's prompt.
    await item(0).locator('button[data-action="edit"]').focus();
    await page.keyboard.press("Enter");
    const editor = item(0).locator("form");
    await editor.locator("textarea[name=prompt]").fill("Qui expose ses œuvres à Rouen ?");
    await editor.locator("button[type=submit]").focus();
    await page.keyboard.press("Enter");
    await page.locator("#status:has-text('Question enregistrée')").waitFor();
    expect(await item(0).locator(".review-prompt").textContent()).toBe(
      "Qui expose ses œuvres à Rouen ?",
    );
    expect(await focusedId(page)).toBe("");

    // A refused edit: the API's message next to the field it names.
    await item(1).locator('button[data-action="edit"]').focus();
    await page.keyboard.press("Enter");
    const refused = item(1).locator("form");
    await refused.locator("textarea[name=evidence]").fill("Ce passage n'existe pas.");
    await refused.locator("button[type=submit]").click();
    const message = refused.locator('[data-field="evidence"] .field-error p');
    await message.waitFor();
    expect(await message.textContent()).toContain("not in the article");
    expect(await refused.locator("textarea[name=evidence]").getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe("evidence");
    expect(await seriousViolations(page)).toEqual([]);
    await refused.locator("button[data-cancel]").click();

    // Swap the third question for the generator's first alternative.
    const { alternatives } = await api<{ alternatives: { prompt: string }[] }>(
      `/api/quizzes/${id}/alternatives`,
    );
    await item(2).locator('button[data-action="swap"]').focus();
    await page.keyboard.press("Enter");
    await item(2).locator(".alternative-list button").first().waitFor();
    expect(await item(2).locator('button[data-action="swap"]').getAttribute("aria-expanded")).toBe(
      "true",
    );
    await item(2).locator(".alternative-list button").first().focus();
    await page.keyboard.press("Enter");
    await page.locator("#status:has-text('Question 3 remplacée')").waitFor();
    expect(await item(2).locator(".review-prompt").textContent()).toBe(alternatives[0]?.prompt);

    // Move the second one down: focus follows it. (Three questions are enough for every step:
    // the generator asks only what it rates worth asking, three for this article.)
    const second = await item(1).getAttribute("data-question-id");
    await item(1).locator('button[data-action="down"]').focus();
    await page.keyboard.press("Enter");
    await page.locator("#status:has-text('position 3')").waitFor();
    expect(await item(2).getAttribute("data-question-id")).toBe(second);
    expect(
      await page.evaluate(
        'document.activeElement?.closest("li")?.getAttribute("data-question-id")',
      ),
    ).toBe(second);

    // Add a true/false question of the teacher's own.
    const key = await api<CreatedQuiz & { article: { paragraphs: string[] } }>(
      `/api/quizzes/${id}/key`,
    );
    // The first sentence of the body (its first paragraph is the pasted headline, no full stop:
    // a title was given apart, so the text's first line stays in the article).
    const sentence =
      key.article.paragraphs.map((paragraph) => /^[^.]+\./.exec(paragraph)?.[0]).find(Boolean) ??
      "";
    await press("#add-question");
    const adder = page.locator("#add-editor form");
    await adder.locator("select[name=type]").selectOption("true_false");
    await adder.locator("textarea[name=prompt]").fill("L'article parle de Rouen.");
    await adder.locator('input[value="true"]').check();
    await adder.locator("textarea[name=evidence]").fill(sentence);
    await adder.locator("button[type=submit]").focus();
    await page.keyboard.press("Enter");
    await page.locator("#status:has-text('Question ajoutée')").waitFor();
    expect(await page.locator("#review-list > li").count()).toBe(count + 1);
    expect(await item(count).locator(".review-prompt").textContent()).toBe(
      "L'article parle de Rouen.",
    );

    // Delete the second (the swapped-in one, moved up by the move), after the confirmation: the
    // teacher's question comes up one place.
    page.once("dialog", (dialog) => dialog.accept());
    await item(1).locator('button[data-action="delete"]').focus();
    await page.keyboard.press("Enter");
    await page.locator("#status:has-text('Question supprimée')").waitFor();
    expect(await page.locator("#review-list > li").count()).toBe(count);
    expect(
      await item(count - 1)
        .locator(".review-prompt")
        .textContent(),
    ).toBe("L'article parle de Rouen.");

    // Publish: students can open it, the list no longer says « brouillon ».
    await press("#publish");
    await page.locator("#review-state:has-text('Publié')").waitFor();
    expect(await page.isVisible("#publish")).toBe(false);
    expect((await fetch(url(`/quizzes/${id}`))).status).toBe(200);
    await page.locator(`#quiz-list li[data-quiz-id="${id}"]:not(:has-text("brouillon"))`).waitFor();

    // The history lists every change.
    await page.locator("#history summary").focus();
    await page.keyboard.press("Enter");
    await page.locator("#history-list > li").nth(6).waitFor();
    expect(await text("#history-list")).toContain("Quiz publié");

    // A student answers; the teacher accepts a short answer marked wrong, and the score follows.
    const published = await api<CreatedQuiz>(`/api/quizzes/${id}/key`);
    const short = published.questions.find((question) => question.type === "short_answer");
    if (!short) throw new Error("the article gives a short-answer question");
    await api(`/api/quizzes/${id}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answers: { [short.id]: "Une autre réponse" } }),
    });
    await press("#refresh");
    await page.locator("#stat-submissions:has-text('1')").waitFor();
    expect(await text("#stat-mean")).toBe(`0 / ${count}`);
    expect(await text("#review-locked")).toContain("déjà répondu");
    await press(`#rates tr[data-question-id="${short.id}"] .common-wrong button`);
    await page.locator("#status:has-text('acceptée')").waitFor();
    await page.locator(`#stat-mean:has-text('1 / ${count}')`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("takes the first line as the title, or keeps it in the article when a title is given", async () => {
    await signIn();
    // The headline, a photo caption, then the lede.
    const [headline = "", , ...blocks] = article.split("\n\n");
    const lede = blocks[0] ?? "";

    // No title: the first line is the title, the lede the first paragraph.
    await page.fill("#article", article);
    await page.click("#create-form button[type=submit]");
    await page.locator("#created").waitFor({ state: "visible" });
    expect(await text("#created-summary")).toContain(`« ${headline} »`);
    const untitled = /\/quizzes\/([\w-]+)$/.exec(await page.inputValue("#created-url"))?.[1];
    const first = await api<CreatedQuiz & { article: { paragraphs: string[] } }>(
      `/api/quizzes/${untitled}/key`,
    );
    expect(first.article.paragraphs[0]).toBe(lede);

    // A title and a one-paragraph text: the paragraph is the whole article, questions and all.
    const paragraph = blocks.slice(0, 2).join(" ");
    expect(paragraph.length).toBeGreaterThan(200);
    await page.fill("#article", paragraph);
    await page.fill("#quiz-title", "Une peintre oubliée");
    await page.fill("#question-count", "5");
    await page.click("#create-form button[type=submit]");
    await page.locator("#created-summary:has-text('Une peintre oubliée')").waitFor();
    const titled = /\/quizzes\/([\w-]+)$/.exec(await page.inputValue("#created-url"))?.[1];
    const second = await api<CreatedQuiz & { article: { paragraphs: string[] } }>(
      `/api/quizzes/${titled}/key`,
    );
    expect(second.title).toBe("Une peintre oubliée");
    expect(second.article.paragraphs).toEqual([paragraph]);
    expect(second.questions.length).toBeGreaterThan(0);
  });

  it("refuses an article in English, naming the language in French", async () => {
    await signIn();
    await page.fill("#article", PARAGRAPHS.en.join("\n\n"));
    await page.click("#create-form button[type=submit]");
    await page.locator("#create-error:has-text('anglais (en)')").waitFor();
    expect(await text("#create-error")).toContain("Le quiz n'a pas été créé");
    expect(await page.getAttribute("#create-error p:has-text('anglais (en)')", "lang")).toBe("fr");
    expect(await page.isVisible("#created")).toBe(false);
  });

  it("pages the list with « Plus de quiz », and searches it by title", async () => {
    const count = 25;
    for (let number = 1; number <= count; number++) {
      await api(`/api/quizzes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          text: article,
          title: `Élection n° ${number} à Évry`,
          questionCount: 5,
        }),
      });
    }
    await signIn();
    const titles = () => page.locator("#quiz-list li .teacher-quiz-title a").allTextContents();

    await page.fill("#search", "ELECTION evry");
    await page.click("#search-form button[type=submit]");
    await page.locator("#status:has-text('20 premiers quiz affichés')").waitFor();
    expect(await titles()).toEqual(
      Array.from({ length: 20 }, (_, index) => `Élection n° ${count - index} à Évry`),
    );
    expect(await page.isVisible("#more-quizzes")).toBe(true);

    await page.click("#more-quizzes");
    await page.locator("#status:has-text('5 quiz de plus : ce sont les derniers.')").waitFor();
    expect(await titles()).toEqual(
      Array.from({ length: count }, (_, index) => `Élection n° ${count - index} à Évry`),
    );
    expect(await page.isVisible("#more-quizzes")).toBe(false);
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Élection n° 5 à Évry");

    await page.fill("#search", "évry 17");
    await page.click("#search-form button[type=submit]");
    await page.locator("#status:has-text('1 quiz trouvé.')").waitFor();
    expect(await titles()).toEqual(["Élection n° 17 à Évry"]);

    await page.fill("#search", "Marseille");
    await page.click("#search-form button[type=submit]");
    await page
      .locator("#list-empty:has-text('Aucun quiz ne correspond à « Marseille ».')")
      .waitFor();
    expect(await page.locator("#quiz-list li").count()).toBe(0);

    // No search: the whole list, the shipped quiz first, a page at a time.
    await page.fill("#search", "");
    await page.click("#search-form button[type=submit]");
    await page.locator("#status:has-text('20 premiers quiz affichés')").waitFor();
    expect(await page.locator("#quiz-list li").first().getAttribute("data-quiz-id")).toBe(
      "belgique-maroc-dsiti-2016",
    );
    expect(await page.isVisible("#more-quizzes")).toBe(true);
  });

  it("shows the quiz list and a quiz's class results on their own addresses, without a script", async () => {
    await api(`/api/quizzes/belgique-maroc-dsiti-2016/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answers: {}, student: "Élodie Tableau" }),
    });
    await signIn();
    await page.click("a[href='/teacher/quizzes']");
    await page.waitForURL(url("/teacher/quizzes"));
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill("#list-search", "cooperation maroc");
    await Promise.all([page.waitForURL(/q=cooperation/), page.press("#list-search", "Enter")]);
    expect(await page.locator("tbody tr").count()).toBe(1);
    await page.click("tbody tr th a");
    await page.waitForURL(url("/teacher/quizzes/belgique-maroc-dsiti-2016"));
    const row = page.locator("#class-table tbody tr", { hasText: "Élodie Tableau" });
    expect(await row.locator("td").first().textContent()).toMatch(/^0 \/ \d+$/);
    expect(await row.locator("td").nth(1).textContent()).toBe("0");
    expect(await row.locator("time").textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await page.locator("#distribution meter").count()).toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("teacher-results.png"), fullPage: true });
    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("keeps shipped quizzes from being deleted", async () => {
    await signIn();
    await openQuiz("belgique-maroc-dsiti-2016");
    expect(await page.isVisible("#delete-quiz")).toBe(false);
    expect(await page.isVisible("#shipped-note")).toBe(true);
  });

  it("has no serious or critical axe violation, signed out and in, and fits 360 px", async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await signIn();
    await openQuiz("belgique-maroc-dsiti-2016");
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page)).toBe(false);
    await page.click("#logout");
    await page.locator("#login").waitFor({ state: "visible" });
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("shows a visible focus ring on every control it reaches by keyboard", async () => {
    await page.keyboard.press("Tab"); // the brand link
    await page.keyboard.press("Tab"); // the navigation link
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("token");
    const outline = () =>
      page.evaluate<string>(
        "(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; })()",
      );
    expect(await outline()).toBe("solid 3px");
    await page.keyboard.type(token());
    await Promise.all([page.waitForURL(/\/teacher\?connecte$/), page.keyboard.press("Enter")]);
    await page.locator("#workspace").waitFor({ state: "visible" });
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("article");
    expect(await outline()).toBe("solid 3px");
  });
});

describe("the API documentation page", () => {
  it("has no serious or critical axe violation and fits 360 px", async () => {
    await page.goto(url("/docs"));
    expect(await page.locator(".api-operation").count()).toBe(32);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await scrollsSideways(page)).toBe(false);
  });
});
