import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerKey,
  DESKTOP,
  fillAnswers,
  type KeyQuestion,
  launchChromium,
  QUIZ_PATH,
  rightSheet,
  seriousViolations,
  url,
  wrongValue,
} from "./helpers";

let browser: Browser;
let key: KeyQuestion[];

beforeAll(async () => {
  browser = await launchChromium();
  key = await answerKey();
});

afterAll(async () => {
  await browser?.close();
});

/** The number each highlight shows (its ::before), by question id. */
function shownNumbers(page: Page): Promise<Record<string, string>> {
  return page.evaluate<Record<string, string>>(`Object.fromEntries(
    Array.from(document.querySelectorAll("mark.evidence[id]"), (mark) => [
      mark.getAttribute("data-question-id"),
      getComputedStyle(mark, "::before").content.replace(/"/g, ""),
    ]),
  )`);
}

function background(page: Page, selector: string): Promise<string> {
  return page.evaluate<string>(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`,
  );
}

describe("the highlights of the results", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`carry their question's number, with a legend, and the one jumped to stands out (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async () => {
      const context = await browser.newContext({
        viewport: DESKTOP,
        javaScriptEnabled,
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.goto(url(QUIZ_PATH));
      expect(await page.isVisible(".highlight-legend")).toBe(false);
      const wrong = key.find((question) => question.type === "single_choice");
      if (!wrong) throw new Error("no single-choice question");
      await fillAnswers(page, key, { ...rightSheet(key), [wrong.id]: wrongValue(wrong) });
      if (javaScriptEnabled) {
        await page.click("button[type=submit]");
      } else {
        await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
      }
      await page.locator("#results .score").waitFor();
      expect(await shownNumbers(page)).toEqual(
        Object.fromEntries(key.map((question, index) => [question.id, String(index + 1)])),
      );
      expect(await page.isVisible(".highlight-legend")).toBe(true);
      expect(await page.textContent(".highlight-legend")).toContain(
        "le numéro est celui de la question",
      );

      const other = key.find((question) => question.id !== wrong.id) as KeyQuestion;
      const before = await background(page, `mark#evidence-${other.id}`);
      await page
        .locator(`#result-${wrong.id}`)
        .getByRole("link", { name: /Voir dans l'article/ })
        .click();
      expect(new URL(page.url()).hash).toBe(`#evidence-${wrong.id}`);
      // The passage jumped to keeps its colour, the others fade.
      expect(await background(page, `mark#evidence-${wrong.id}`)).not.toBe("rgba(0, 0, 0, 0)");
      if (!wrong.evidence.text.includes(other.evidence.text)) {
        expect(await background(page, `mark#evidence-${other.id}`)).not.toBe(before);
      }
      // Under the passage, the way back to the question.
      const back = page.locator(`.evidence-return a[data-question-id="${wrong.id}"]`);
      expect(await back.isVisible()).toBe(true);
      if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
      await back.click();
      expect(new URL(page.url()).hash).toBe(`#result-${wrong.id}`);
      expect(await back.isVisible()).toBe(false);
      await context.close();
    });
  }
});
