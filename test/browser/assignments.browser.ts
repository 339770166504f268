import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  answerKey,
  collectErrors,
  DESKTOP,
  fillAnswers,
  type KeyQuestion,
  launchChromium,
  PHONE,
  rightSheet,
  screenshotPath,
  seriousViolations,
  url,
  wrongValue,
} from "./helpers";

let browser: Browser;
let key: KeyQuestion[];
const token = () => inject("teacherToken");

beforeAll(async () => {
  browser = await launchChromium();
  key = await answerKey();
});

afterAll(async () => {
  await browser?.close();
});

interface AssignmentJson {
  id: string;
  joinCode: string;
  joinUrl: string;
}

async function teacherApi<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url(path), {
    ...init,
    headers: {
      Authorization: `Bearer ${token()}`,
      "Content-Type": "application/json",
      ...(init.headers ?? {}),
    },
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json() as Promise<T>;
}

/** The JSON value of a wrong answer: true/false questions take booleans. */
function wrongAnswer(question: KeyQuestion): string | boolean {
  const value = wrongValue(question);
  return question.type === "true_false" ? value === "true" : value;
}

function handIn(code: string, student: string, right: number) {
  const answers = Object.fromEntries(
    key.map((question, index) => [
      question.id,
      index < right ? question.answer : wrongAnswer(question),
    ]),
  );
  return fetch(url(`/api/join/${code}/submissions`), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ student, answers }),
  });
}

async function withPage<T>(
  options: { viewport: { width: number; height: number }; javaScriptEnabled?: boolean },
  run: (page: Page, errors: string[]) => Promise<T>,
): Promise<T> {
  const context: BrowserContext = await browser.newContext({
    ...options,
    locale: "fr-FR",
    bypassCSP: true,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    return await run(page, errors);
  } finally {
    await context.close();
  }
}

describe("a teacher hands a quiz to a class and watches it live", () => {
  it("creates the assignment on the teacher page, then sees each sheet within 2 s", async () => {
    await withPage({ viewport: DESKTOP }, async (page, errors) => {
      await page.goto(url("/teacher"));
      await page.fill("#token", token());
      await page.click("#login-form button[type=submit]");
      await page.locator("#assign-quiz option").first().waitFor({ state: "attached" });
      await page.fill("#assign-label", "4e B · mardi");
      await page.check("#feedback-after-close");
      await page.click("#assign-form button[type=submit]");
      await page.locator("#assignment").waitFor({ state: "visible" });
      await page.locator("#live-state:has-text('en direct')").waitFor();
      const code = (await page.textContent("#assignment-code")) ?? "";
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
      expect(await page.textContent("#live-submissions")).toBe("0");

      const students: [string, number][] = [
        ["Zoé Martin", 7],
        ["Adam Benali", 4],
        ["Inès Durand", 9],
      ];
      for (const [index, [name, right]] of students.entries()) {
        const sent = Date.now();
        expect((await handIn(code, name, right)).status).toBe(201);
        await page.locator(`#live-submissions:text-is("${index + 1}")`).waitFor({ timeout: 2000 });
        expect(Date.now() - sent).toBeLessThan(2000);
      }
      expect(await page.textContent("#live-recent li:first-child")).toContain("Inès Durand");
      // A sheet scores at most the quiz's number of questions (the shipped quiz may ask fewer than 9).
      const scores = students.map(([, right]) => Math.min(right, key.length));
      const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
      expect(await page.textContent("#live-mean")).toBe(
        `${mean.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} / ${key.length}`,
      );
      const names = await page.locator("#class-sheet tbody th").allTextContents();
      expect(names).toEqual(["Adam Benali", "Inès Durand", "Zoé Martin"]);
      expect(await page.locator("#live-rates tbody tr").count()).toBe(key.length);

      expect(await seriousViolations(page)).toEqual([]);
      await page.locator("#assignment").screenshot({ path: screenshotPath("assignment-live.png") });
      await page.locator("#class-sheet").screenshot({ path: screenshotPath("class-sheet.png") });

      // Closing shows at once; the student page then says so.
      await page.click("#close-assignment");
      await page.locator("#reopen-assignment").waitFor({ state: "visible" });
      expect((await handIn(code, "Tard", 1)).status).toBe(409);
      expect(errors.filter((error) => !/status of 40[19]/.test(error))).toEqual([]);
    });
  });
});

describe("students join with the code", () => {
  it("types the code on the home page in any case, hands in with JavaScript, and cannot hand in twice", async () => {
    const assignment = await teacherApi<AssignmentJson>("/api/assignments", {
      method: "POST",
      body: JSON.stringify({
        quizId: "belgique-maroc-dsiti-2016",
        label: "5e A",
        feedback: "immediate",
      }),
    });
    await withPage({ viewport: PHONE }, async (page, errors) => {
      await page.goto(url("/"));
      const typed = `${assignment.joinCode.slice(0, 3).toLowerCase()} ${assignment.joinCode.slice(3).toLowerCase()}`;
      await page.fill("#join-code", typed);
      await page.click(".join-form button[type=submit]");
      await page.waitForURL(url(`/j/${assignment.joinCode}`));
      expect(await page.textContent(".kicker")).toContain("Devoir «\u00a05e A\u00a0»");
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath("join-phone.png") });

      await page.fill("#student", "Camille Roux");
      await fillAnswers(page, key, rightSheet(key));
      await page.click(".submit-bar button[type=submit]");
      await page.locator("#results .score").waitFor();
      expect(await page.textContent("#results .score")).toBe(`${key.length} / ${key.length}`);
      expect(await page.locator("#results .results-actions").count()).toBe(0);

      // Same name, other case and no accent: refused with a French message, nothing stored.
      await page.goto(url(`/j/${assignment.joinCode}`));
      await page.fill("#student", "camille roux");
      await page.click(".submit-bar button[type=submit]");
      await page.getByRole("button", { name: "Rendre quand même" }).click();
      await page.locator("#submit-error p").waitFor();
      expect(await page.textContent("#submit-error")).toContain(
        "Une copie a déjà été rendue sous ce nom",
      );
      expect(errors.filter((error) => !/status of 409/.test(error))).toEqual([]);
    });
    const results = await teacherApi<{ submissions: number }>(
      `/api/assignments/${assignment.id}/results`,
    );
    expect(results.submissions).toBe(1);
  });

  it("hands in without JavaScript, and with after-close sees the score without the key", async () => {
    const assignment = await teacherApi<AssignmentJson>("/api/assignments", {
      method: "POST",
      body: JSON.stringify({
        quizId: "belgique-maroc-dsiti-2016",
        label: "3e C",
        feedback: "after-close",
      }),
    });
    await withPage({ viewport: DESKTOP, javaScriptEnabled: false }, async (page) => {
      await page.goto(url(`/j/${assignment.joinCode}`));
      await page.fill("#student", "Jules");
      await fillAnswers(page, key, rightSheet(key));
      await page.click(".submit-bar button[type=submit]");
      await page.locator("#results .score").waitFor();
      expect(page.url()).toBe(url(`/j/${assignment.joinCode}#results`));
      expect(await page.textContent("#results .score")).toBe(`${key.length} / ${key.length}`);
      expect(await page.textContent("#results")).toContain(
        "Les réponses attendues seront visibles",
      );
      expect(await page.locator("mark.evidence").count()).toBe(0);
      expect(await page.locator(".result-evidence").count()).toBe(0);
    });
  });
});
