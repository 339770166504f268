import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchChromium,
  QUIZ_PATH,
  screenshotPath,
  scrollsSideways,
  seriousViolations,
  url,
} from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where an element is in the viewport. */
function viewportBox(page: import("playwright-core").Page, selector: string): Promise<Box> {
  return page.evaluate<Box>(`(() => {
    const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  })()`);
}

describe("the quiz page's layout", () => {
  it("puts the article beside the questions at 1366 px, the article staying in view", async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(url(QUIZ_PATH));
    const article = await viewportBox(page, "article.article");
    const form = await viewportBox(page, "form.quiz-form");
    expect(article.x + article.width).toBeLessThanOrEqual(form.x);
    expect(article.width).toBeGreaterThan(500);
    await page.screenshot({ path: screenshotPath("quiz-desktop.png") });
    expect(form.width).toBeGreaterThan(500);
    // Down at the last question, the article still fills most of the screen beside it.
    await page.locator("fieldset.question").last().scrollIntoViewIfNeeded();
    expect(await page.evaluate<number>("scrollY")).toBeGreaterThan(500);
    const stuck = await viewportBox(page, "article.article");
    // It scrolls on its own, and sticks near the top rather than scrolling away with the page.
    expect(stuck.height).toBeLessThanOrEqual(768);
    expect(stuck.y).toBeGreaterThan(-150);
    const shown = Math.min(768, stuck.y + stuck.height) - Math.max(0, stuck.y);
    expect(shown).toBeGreaterThan(0.8 * 768);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("keeps one column on a 390 px phone", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(url(QUIZ_PATH));
    const article = await viewportBox(page, "article.article");
    const form = await viewportBox(page, "form.quiz-form");
    expect(form.y).toBeGreaterThanOrEqual(article.y + article.height);
    expect(Math.abs(form.x - article.x)).toBeLessThan(2);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
