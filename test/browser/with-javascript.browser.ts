import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  answerKey,
  collectErrors,
  DESKTOP,
  documentBox,
  fillAnswers,
  focusedId,
  formState,
  type KeyQuestion,
  launchChromium,
  nearMissValue,
  QUIZ_ID,
  QUIZ_PATH,
  rightSheet,
  rightValue,
  snapshot,
  url,
  wrongValue,
} from "./helpers";

const API = `**/api/quizzes/${QUIZ_ID}/submissions`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let key: KeyQuestion[];

beforeAll(async () => {
  browser = await launchChromium();
  key = await answerKey();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: DESKTOP, locale: "fr-FR" });
  page = await context.newPage();
  errors = collectErrors(page);
  await page.goto(url(QUIZ_PATH));
});

afterEach(async () => {
  expect(errors).toEqual([]);
  await context.close();
});

async function text(selector: string): Promise<string> {
  return (await page.locator(selector).textContent()) ?? "";
}

async function submit(): Promise<void> {
  await page.click("button[type=submit]");
  await page.waitForSelector("#results .score");
}

describe("the quiz page with JavaScript", () => {
  it("counts answered questions as the student goes", async () => {
    const total = key.length;
    expect(await text("#progress")).toBe(`0 / ${total} questions répondues`);
    const short = key.find((question) => question.type === "short_answer");
    const choice = key.find((question) => question.type !== "short_answer");
    if (!short || !choice) throw new Error("the seed quiz lacks a question type");
    await page.fill(`#${short.id}`, "Quelque chose");
    expect(await text("#progress")).toBe(`1 / ${total} questions répondues`);
    await page.check(`#${choice.id}-${rightValue(choice)}`);
    expect(await text("#progress")).toBe(`2 / ${total} questions répondues`);
    await page.fill(`#${short.id}`, "");
    expect(await text("#progress")).toBe(`1 / ${total} questions répondues`);
  });

  it("marks a right sheet 10 / 10 in place, through the JSON API, without moving the page", async () => {
    await fillAnswers(page, key, rightSheet(key));
    const before = await documentBox(page, "form");
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => navigations.push(frame.url()));
    const [request] = await Promise.all([page.waitForRequest(API), submit()]);
    expect(JSON.parse(request.postData() ?? "{}").answers).toEqual(
      Object.fromEntries(
        key.map((question) => [
          question.id,
          question.type === "true_false" ? question.answer : rightValue(question),
        ]),
      ),
    );
    expect(navigations).toEqual([]);
    expect(await text("#results .score")).toBe(`${key.length} / ${key.length}`);
    expect(await text("#results .score-comment")).toContain("Parfait");
    expect(await page.locator(".result-right").count()).toBe(key.length);
    expect(await focusedId(page)).toBe("results");
    expect(await page.getAttribute("#results", "aria-live")).toBe("polite");
    // The article and the questions stay where they were; the results come below.
    expect(await documentBox(page, "form")).toEqual(before);
    expect(await page.locator("fieldset:disabled").count()).toBe(key.length);
    expect(await page.isHidden("button[type=submit]")).toBe(true);
    expect(await page.evaluate(`sessionStorage.getItem("ardoise:answers:${QUIZ_ID}")`)).toBeNull();
    expect(await page.title()).toMatch(/^Résultats · /);
  });

  it("marks a wrong answer wrong, shows the expected answer and highlights its evidence", async () => {
    const wrong = key.find((question) => question.type === "single_choice");
    if (!wrong) throw new Error("no single-choice question");
    await fillAnswers(page, key, { ...rightSheet(key), [wrong.id]: wrongValue(wrong) });
    await submit();
    expect(await text("#results .score")).toBe(`${key.length - 1} / ${key.length}`);
    const item = page.locator(`#result-${wrong.id}`);
    expect(await item.getAttribute("class")).toBe("result result-wrong");
    expect(await item.textContent()).toContain("✗ Faux");
    const expected = wrong.options?.find((option) => option.id === wrong.answer)?.text;
    expect(await item.locator(".result-expected").textContent()).toBe(
      `Réponse attendue\u00a0: ${expected}`,
    );
    const mark = page.locator(`mark#evidence-${wrong.id}`);
    expect(await mark.textContent()).toBe(wrong.evidence.text);
    expect(await mark.getAttribute("class")).toBe("evidence evidence-wrong");

    await item.getByRole("link", { name: /Voir dans l'article/ }).click();
    expect(new URL(page.url()).hash).toBe(`#evidence-${wrong.id}`);
    expect(await page.evaluate(`document.querySelector(":target")?.id`)).toBe(
      `evidence-${wrong.id}`,
    );
    const box = await mark.boundingBox();
    expect(box && box.y >= 0 && box.y < DESKTOP.height).toBe(true);
  });

  it("keeps the answers when the network fails, through a reload, and lets the student retry", async () => {
    const values = rightSheet(key);
    await page.route(API, (route) => route.abort("internetdisconnected"));
    await fillAnswers(page, key, values);
    await page.fill("#student", "Léa");
    await page.click("button[type=submit]");
    const error = page.locator("#submit-error");
    await error.getByRole("button", { name: "Réessayer" }).waitFor();
    expect(await error.textContent()).toContain("la connexion a échoué");
    expect(await page.locator("#results").textContent()).toBe("");
    expect(await page.inputValue(`#${key.find((q) => q.type === "short_answer")?.id}`)).not.toBe(
      "",
    );

    // A reload (or a crash of the tab) loses nothing: sessionStorage has the answers.
    errors.length = 0; // The aborted request was logged as a console error, as expected.
    await page.reload();
    for (const question of key) {
      const value = values[question.id] ?? "";
      if (question.type === "short_answer") {
        expect(await page.inputValue(`#${question.id}`)).toBe(value);
      } else {
        expect(await page.isChecked(`#${question.id}-${value}`)).toBe(true);
      }
    }
    expect(await page.inputValue("#student")).toBe("Léa");
    expect(await text("#progress")).toBe(`${key.length} / ${key.length} questions répondues`);

    await page.click("button[type=submit]");
    await error.getByRole("button", { name: "Réessayer" }).waitFor();
    errors.length = 0;
    await page.unroute(API);
    await error.getByRole("button", { name: "Réessayer" }).click();
    await page.waitForSelector("#results .score");
    expect(await text("#results .score")).toBe(`${key.length} / ${key.length}`);
    expect(await error.textContent()).toBe("");
  });

  it("shows the same results as the page the server renders without JavaScript", async () => {
    // Right, wrong and unanswered questions of every type, student named; near misses
    // accepted with the right spelling shown.
    // One near miss, so that the others stay right, wrong and unanswered in turn whatever
    // types the generator gives the seed quiz.
    const values: Record<string, string> = {};
    const nearMissed = key.find((question) => nearMissValue(question) !== undefined);
    key.forEach((question, index) => {
      values[question.id] =
        (question === nearMissed ? nearMissValue(question) : undefined) ??
        [rightValue(question), wrongValue(question), ""][index % 3] ??
        "";
    });
    expect(Object.values(values)).toContain("");
    await fillAnswers(page, key, values);
    await page.fill("#student", "Léa");
    // Unanswered questions: the script asks first, as the server does without it.
    await page.click("button[type=submit]");
    await page.getByRole("button", { name: "Rendre quand même" }).click();
    await page.waitForSelector("#results .score");
    const nearMiss = key.find((question) => nearMissValue(question) !== undefined);
    if (!nearMiss) throw new Error("no short answer with a word to misspell");
    expect(await text(`#result-${nearMiss.id} .result-spelling`)).toBe(
      `Accepté — orthographe\u00a0: ${nearMiss.answer}`,
    );

    const noScript = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(url(QUIZ_PATH));
    await fillAnswers(plain, key, values);
    await plain.fill("#student", "Léa");
    await Promise.all([plain.waitForNavigation(), plain.click("button[type=submit]")]);
    // Without a script, unanswered questions are confirmed on a page of their own first.
    await Promise.all([
      plain.waitForNavigation(),
      plain.getByRole("button", { name: "Rendre quand même" }).click(),
    ]);

    for (const selector of ["#results", "article", ".submit-bar", "form"]) {
      const [withScript, withoutScript] = [
        await snapshot(page, selector),
        await snapshot(plain, selector),
      ];
      if (selector === "form") {
        // The server writes the answers as value/checked attributes; the script leaves them
        // as the student typed them. Compare what is shown instead (formState below).
        expect(stripFieldState(withScript)).toEqual(stripFieldState(withoutScript));
      } else {
        expect(withScript, selector).toEqual(withoutScript);
      }
    }
    expect(await formState(page)).toEqual(await formState(plain));
    expect(await page.title()).toBe(await plain.title());
    await noScript.close();
  });
});

function stripFieldState(node: unknown): unknown {
  if (typeof node !== "object" || node === null) return node;
  const element = node as { tag: string; attributes: [string, string][]; children: unknown[] };
  const dropped = element.tag === "input" ? ["value", "checked"] : [];
  return {
    ...element,
    attributes: element.attributes.filter(([name]) => !dropped.includes(name)),
    children: element.children.map(stripFieldState),
  };
}
