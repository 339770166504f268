import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerKey,
  collectErrors,
  DESKTOP,
  fillAnswers,
  focusedId,
  type KeyQuestion,
  launchChromium,
  PHONE,
  QUIZ_PATH,
  rightSheet,
  screenshotPath,
  scrollsSideways,
  seriousViolations,
  url,
  wrongValue,
} from "./helpers";

let browser: Browser;
let key: KeyQuestion[];

beforeAll(async () => {
  browser = await launchChromium();
  key = await answerKey();
  mkdirSync(screenshotPath(""), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function open(
  options: { viewport?: typeof PHONE; javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    // The pages' CSP allows no inline script; axe is injected as one.
    bypassCSP: true,
  });
  return { context, page: await context.newPage() };
}

/** A sheet with two mistakes, so results show both verdicts. */
function sheetWithMistakes(): Record<string, string> {
  const values = rightSheet(key);
  const choice = key.find((question) => question.type === "single_choice");
  const short = key.find((question) => question.type === "short_answer");
  if (choice) values[choice.id] = wrongValue(choice);
  if (short) values[short.id] = wrongValue(short);
  return values;
}

async function submitWithScript(page: Page): Promise<void> {
  await page.click("button[type=submit]");
  await page.waitForSelector("#results .score");
}

describe("accessibility (axe-core)", () => {
  it("finds no serious or critical violation on the quiz page and its results", async () => {
    const { context, page } = await open();
    await page.goto(url(QUIZ_PATH));
    expect(await seriousViolations(page)).toEqual([]);
    await fillAnswers(page, key, sheetWithMistakes());
    await submitWithScript(page);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("finds none on the results page rendered without JavaScript, nor on the other pages", async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(url(QUIZ_PATH));
    await fillAnswers(page, key, sheetWithMistakes());
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
    await page.locator("#results .score").waitFor();
    // axe needs JavaScript, which this context lacks: check the very same HTML in another one,
    // served from the same origin so that the stylesheet applies.
    const html = await page.content();
    const { context: scripted, page: check } = await open();
    const copy = url("/__results-without-javascript");
    await check.route(copy, (route) => route.fulfill({ body: html, contentType: "text/html" }));
    await check.goto(copy);
    expect(await check.locator("#results .score").textContent()).toMatch(/^\d+ \/ \d+$/);
    expect(await seriousViolations(check)).toEqual([]);
    for (const path of ["/quizzes", "/quizzes/nope"]) {
      await check.goto(url(path));
      expect(await seriousViolations(check), path).toEqual([]);
    }
    await scripted.close();
    await context.close();
  });
});

describe("keyboard only", () => {
  it("answers the whole quiz with Tab, arrows, Space and typing, the focus always visible", async () => {
    const { context, page } = await open();
    const errors = collectErrors(page);
    await page.goto(url(QUIZ_PATH));
    const outline = () =>
      page.evaluate<string>(
        "(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; })()",
      );

    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe(
      "Aller aux questions",
    );
    expect(await outline()).toBe("solid 3px");
    await page.keyboard.press("Enter");
    expect(await focusedId(page)).toBe("questions-title");

    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("student");
    expect(await outline()).toBe("solid 3px");
    await page.keyboard.type("Léa");
    for (const question of key) {
      await page.keyboard.press("Tab");
      if (question.type === "short_answer") {
        expect(await focusedId(page)).toBe(question.id);
        await page.keyboard.type(String(question.answer));
      } else {
        // Tab enters a radio group on its first button; arrows move and select.
        const values =
          question.type === "true_false"
            ? ["true", "false"]
            : (question.options ?? []).map((option) => option.id);
        expect(await focusedId(page)).toBe(`${question.id}-${values[0]}`);
        expect(await outline()).toBe("solid 3px");
        const target = values.indexOf(String(question.answer));
        if (target === 0) await page.keyboard.press("Space");
        for (let step = 0; step < target; step += 1) await page.keyboard.press("ArrowDown");
        expect(await page.isChecked(`#${question.id}-${question.answer}`)).toBe(true);
      }
    }
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe(
      "Valider mes réponses",
    );
    expect(await outline()).toBe("solid 3px");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results .score");
    expect(await page.locator("#results .score").textContent()).toBe(
      `${key.length} / ${key.length}`,
    );
    expect(await focusedId(page)).toBe("results");
    expect(await outline()).toBe("solid 3px");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("layout", () => {
  for (const [device, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    it(`fits a ${device} (${viewport.width} px) without sideways scrolling; screenshots`, async () => {
      const { context, page } = await open({ viewport });
      await page.goto(url(QUIZ_PATH));
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: screenshotPath(`quiz-${device}.png`), fullPage: true });

      await fillAnswers(page, key, sheetWithMistakes());
      await page.fill("#student", "Léa");
      await submitWithScript(page);
      expect(await scrollsSideways(page)).toBe(false);
      await page.screenshot({ path: screenshotPath(`results-${device}.png`), fullPage: true });
      // What the student sees right after submitting: the results, focused.
      await page.screenshot({ path: screenshotPath(`results-${device}-viewport.png`) });
      await context.close();
    });
  }
});
