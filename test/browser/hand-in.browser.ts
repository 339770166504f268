import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  answerKey,
  DESKTOP,
  fillAnswers,
  focusedId,
  type KeyQuestion,
  launchChromium,
  PHONE,
  QUIZ_PATH,
  rightSheet,
  seriousViolations,
  url,
} from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let key: KeyQuestion[];
/** Submissions the page sent to the API. */
let sent: string[];

beforeAll(async () => {
  browser = await launchChromium();
  key = await answerKey();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
  page = await context.newPage();
  sent = [];
  page.on("request", (request) => {
    if (request.method() === "POST") sent.push(request.url());
  });
  await page.goto(url(QUIZ_PATH));
});

afterEach(async () => {
  await context.close();
});

describe("handing in with JavaScript", () => {
  it("moves to the next field on Enter instead of handing in the sheet", async () => {
    const [first, second] = key;
    if (!first || !second) throw new Error("short quiz");
    await page.fill("#student", "Léa");
    await page.press("#student", "Enter");
    const firstField =
      first.type === "short_answer"
        ? first.id
        : `${first.id}-${first.type === "true_false" ? "true" : first.options?.[0]?.id}`;
    expect(await focusedId(page)).toBe(firstField);
    // From a radio group too, and from a short answer: on to the next question.
    await page.press(`#${firstField}`, "Enter");
    expect(await focusedId(page)).toMatch(new RegExp(`^${second.id}(-|$)`));
    expect(sent).toEqual([]);
    expect(await page.locator("#results .score").count()).toBe(0);
  });

  it("asks before handing in unanswered questions, and hands in only when told to", async () => {
    const [first, ...rest] = key;
    if (!first) throw new Error("empty quiz");
    const values = rightSheet(key);
    values[first.id] = "";
    await fillAnswers(page, key, values);
    await page.click("button[type=submit]");
    const box = page.locator("#hand-in-confirm");
    await box.waitFor({ state: "visible" });
    expect(await box.locator("strong").textContent()).toBe(
      "1 question sans réponse — rendre quand même\u202f?",
    );
    expect(await focusedId(page)).toBe("hand-in-question");
    expect(await seriousViolations(page)).toEqual([]);
    expect(sent).toEqual([]);

    await box.getByRole("button", { name: "Compléter mes réponses" }).click();
    expect(await box.isVisible()).toBe(false);
    expect(await focusedId(page)).toMatch(new RegExp(`^${first.id}(-|$)`));
    expect(sent).toEqual([]);

    await page.click("button[type=submit]");
    await box.getByRole("button", { name: "Rendre quand même" }).click();
    await page.locator("#results .score").waitFor();
    expect(await page.textContent("#results .score")).toBe(`${rest.length} / ${key.length}`);
    expect(sent).toHaveLength(1);
  });

  it("hands a complete sheet in at once", async () => {
    await page.setViewportSize(DESKTOP);
    await fillAnswers(page, key, rightSheet(key));
    await page.click("button[type=submit]");
    await page.locator("#results .score").waitFor();
    expect(await page.isVisible("#hand-in-confirm")).toBe(false);
    expect(sent).toHaveLength(1);
  });

  it("emphasises the passage of the result in focus, and leads back to the question", async () => {
    await page.setViewportSize(DESKTOP);
    await fillAnswers(page, key, rightSheet(key));
    await page.click("button[type=submit]");
    await page.locator("#results .score").waitFor();
    const [first] = key;
    if (!first) throw new Error("empty quiz");
    const link = page.locator(`#result-${first.id} .result-evidence a`);
    await link.focus();
    expect(await page.getAttribute(".article-body", "data-focus-question")).toBe(first.id);
    const focused = await page
      .locator("mark.evidence-focus")
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-question-id")));
    expect(new Set(focused)).toEqual(new Set([first.id]));
    await link.click();
    const back = page.locator(`.evidence-return a[data-question-id="${first.id}"]`);
    await back.waitFor({ state: "visible" });
    expect(await back.textContent()).toBe("Revenir à la question 1");
    await back.click();
    expect(new URL(page.url()).hash).toBe(`#result-${first.id}`);
    expect(await back.isVisible()).toBe(false);
  });
});
