import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  answerKey,
  DESKTOP,
  fillAnswers,
  focusedId,
  type KeyQuestion,
  launchChromium,
  QUIZ_PATH,
  rightSheet,
  url,
  wrongValue,
} from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let key: KeyQuestion[];

beforeAll(async () => {
  browser = await launchChromium();
  key = await answerKey();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  page = await context.newPage();
  await page.goto(url(QUIZ_PATH));
});

afterEach(async () => {
  await context.close();
});

/** Submits the form as a browser without JavaScript does: a form post, then a new page. */
async function submit(): Promise<void> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.request().method() === "POST" && new URL(response.url()).pathname === QUIZ_PATH,
    ),
    page.click("button[type=submit]"),
  ]);
  expect(response.status()).toBe(200);
  await page.waitForLoadState();
}

describe("the quiz page without JavaScript", () => {
  it("posts the form and shows 10 / 10 for a right sheet", async () => {
    expect(await page.locator("#progress").textContent()).toBe("");
    await fillAnswers(page, key, rightSheet(key));
    await submit();
    expect(new URL(page.url()).hash).toBe("#results");
    expect(await page.locator("#results .score").textContent()).toBe(
      `${key.length} / ${key.length}`,
    );
    expect(await page.locator(".result-right").count()).toBe(key.length);
    // autofocus puts the focus on the results, no script needed.
    expect(await focusedId(page)).toBe("results");
    expect(await page.locator("fieldset:disabled").count()).toBe(key.length);
    await page.getByRole("link", { name: "Recommencer" }).click();
    expect(new URL(page.url()).pathname).toBe(QUIZ_PATH);
    expect(await page.locator("fieldset:disabled").count()).toBe(0);
    expect(await page.locator("#results").textContent()).toBe("");
  });

  it("marks a wrong answer wrong, with the expected answer and its evidence highlighted", async () => {
    const wrong = key.find((question) => question.type === "short_answer");
    if (!wrong) throw new Error("no short-answer question");
    await fillAnswers(page, key, { ...rightSheet(key), [wrong.id]: wrongValue(wrong) });
    await submit();
    expect(await page.locator("#results .score").textContent()).toBe(
      `${key.length - 1} / ${key.length}`,
    );
    const item = page.locator(`#result-${wrong.id}`);
    expect(await item.getAttribute("class")).toBe("result result-wrong");
    expect(await item.textContent()).toContain("✗ Faux");
    expect(await item.locator(".result-given").textContent()).toBe(
      `Votre réponse\u00a0: ${wrongValue(wrong)}`,
    );
    expect(await item.locator(".result-expected").textContent()).toBe(
      `Réponse attendue\u00a0: ${wrong.answer}`,
    );
    const mark = page.locator(`mark#evidence-${wrong.id}`);
    expect(await mark.textContent()).toBe(wrong.evidence.text);
    expect(await page.locator("mark.evidence-wrong").count()).toBeGreaterThan(0);
    await item.getByRole("link", { name: /Voir dans l'article/ }).click();
    expect(new URL(page.url()).hash).toBe(`#evidence-${wrong.id}`);
  });

  it("sends a sheet with unanswered questions back with the answers kept, until « Rendre quand même »", async () => {
    const [first, ...rest] = key;
    if (!first) throw new Error("empty quiz");
    const values = rightSheet(key);
    values[first.id] = "";
    await fillAnswers(page, key, values);
    // Enter in the name field sends the form, as browsers do without a script: it comes back.
    await page.fill("#student", "Léa");
    const [check] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.press("#student", "Enter"),
    ]);
    expect(check.status()).toBe(422);
    await page.waitForLoadState();
    expect(await page.locator("#hand-in-check").textContent()).toContain(
      "1 question sans réponse\u00a0: question 1.",
    );
    expect(await focusedId(page)).toBe("results");
    expect(await page.locator("#results .score").count()).toBe(0);
    expect(await page.inputValue("#student")).toBe("Léa");
    for (const question of rest) {
      if (question.type === "short_answer") {
        expect(await page.inputValue(`#${question.id}`)).toBe(values[question.id]);
      } else {
        expect(await page.isChecked(`#${question.id}-${values[question.id]}`)).toBe(true);
      }
    }
    const [stored] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: "Rendre quand même" }).click(),
    ]);
    expect(stored.status()).toBe(200);
    await page.waitForLoadState();
    expect(await page.locator("#results .score").textContent()).toBe(
      `${key.length - 1} / ${key.length}`,
    );
  });
});
