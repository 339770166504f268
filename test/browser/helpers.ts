/**
 * @module
 * What the browser tests share: launching Chromium, the answer key, filling the form, and a
 * comparable snapshot of what the page shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

export const QUIZ_ID = "belgique-maroc-dsiti-2016";

/** Chromium flags for a quiet, throwaway headless run (Playwright adds a fresh profile dir). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const PHONE = { width: 360, height: 800 };
export const DESKTOP = { width: 1280, height: 900 };

/** Absolute URL of a path on the `wrangler dev` under test. */
export function url(path: string): string {
  return `${inject("baseUrl")}${path}`;
}

export const QUIZ_PATH = `/quizzes/${QUIZ_ID}`;

/** Where screenshots for the docs go. */
export function screenshotPath(name: string): string {
  return join(inject("root"), "docs", "screenshots", name);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let axeSource: string | undefined;

/**
 * Serious and critical axe-core violations on the page (WCAG 2.x A and AA, best practices),
 * one line each; axe is injected as a script, so the page's context needs `bypassCSP`.
 *
 * @example
 * expect(await seriousViolations(page)).toEqual([]);
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(
    join(inject("root"), "node_modules", "axe-core", "axe.min.js"),
    "utf8",
  );
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate<AxeViolation[]>(
    "axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)",
  );
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

/**
 * Headless Chromium from CHROMIUM_PATH or /usr/bin/chromium.
 *
 * @example
 * const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A question with its key, as GET /api/quizzes/:id/key gives it. */
export interface KeyQuestion {
  id: string;
  type: "single_choice" | "true_false" | "short_answer";
  prompt: string;
  options?: { id: string; text: string }[];
  answer: string | boolean;
  accepted?: string[];
  evidence: { text: string; start: number; end: number };
}

/**
 * The seed quiz's questions with their answers, read with the teacher token.
 *
 * @example
 * const key = await answerKey();
 */
export async function answerKey(): Promise<KeyQuestion[]> {
  const response = await fetch(url(`/api/quizzes/${QUIZ_ID}/key`), {
    headers: { Authorization: `Bearer ${inject("teacherToken")}` },
  });
  if (!response.ok) throw new Error(`GET …/key answered ${response.status}`);
  return ((await response.json()) as { questions: KeyQuestion[] }).questions;
}

/** The field value that answers right: the short answer's text, the option id, true/false. */
export function rightValue(question: KeyQuestion): string {
  return String(question.answer);
}

/** A field value that answers wrong. */
export function wrongValue(question: KeyQuestion): string {
  if (question.type === "true_false") return String(!question.answer);
  if (question.type === "single_choice") {
    const other = question.options?.find((option) => option.id !== question.answer);
    if (!other) throw new Error(`${question.id} has no wrong option`);
    return other.id;
  }
  return "Personne";
}

/**
 * A short answer with a letter left out of its longest word (six letters or more, not an
 * acronym): a near miss that marking accepts, showing the right spelling beside it;
 * `undefined` when the answer has no such word.
 *
 * @example
 * nearMissValue({ type: "short_answer", answer: "Charles Michel", … }); // "Charls Michel"
 */
export function nearMissValue(question: KeyQuestion): string | undefined {
  if (question.type !== "short_answer") return undefined;
  const answer = String(question.answer);
  const [word] = (answer.match(/\p{L}{6,}/gu) ?? [])
    .filter((candidate) => /\p{Ll}/u.test(candidate))
    .sort((a, b) => b.length - a.length);
  return word === undefined ? undefined : answer.replace(word, word.slice(0, -2) + word.slice(-1));
}

/** Field values answering every question right. */
export function rightSheet(key: KeyQuestion[]): Record<string, string> {
  return Object.fromEntries(key.map((question) => [question.id, rightValue(question)]));
}

/**
 * Fills the form as a student would: types short answers, clicks radio buttons. Empty values
 * are left unanswered.
 *
 * @example
 * await fillAnswers(page, key, { q1: "b", q2: "1er mars 2016" });
 */
export async function fillAnswers(
  page: Page,
  key: KeyQuestion[],
  values: Record<string, string>,
): Promise<void> {
  for (const question of key) {
    const value = values[question.id];
    if (!value) continue;
    if (question.type === "short_answer") await page.fill(`#${question.id}`, value);
    else await page.check(`#${question.id}-${value}`);
  }
}

/** A DOM subtree as data: tag, sorted attributes, children (adjacent text merged). */
export interface Snapshot {
  tag: string;
  attributes: [string, string][];
  children: (Snapshot | string)[];
}

/**
 * The element matching `selector` as a {@link Snapshot}, to compare pages built differently
 * (server-rendered and script-built) regardless of attribute order or text node splits.
 * A string of page code: the project has no DOM types.
 */
export function snapshot(page: Page, selector: string): Promise<Snapshot | null> {
  return page.evaluate<Snapshot | null>(`(() => {
    const walk = (node) => {
      const children = [];
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (typeof children[children.length - 1] === "string") children[children.length - 1] += child.data;
          else children.push(child.data);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          children.push(walk(child));
        }
      }
      const attributes = Array.from(node.attributes, (a) => [a.name, a.value]).sort();
      return { tag: node.localName, attributes, children: children.filter((c) => c !== "") };
    };
    const root = document.querySelector(${JSON.stringify(selector)});
    return root ? walk(root) : null;
  })()`);
}

/** What the form shows: each field's value, whether it is checked, whether it is locked. */
export function formState(page: Page): Promise<unknown> {
  return page.evaluate(`Array.from(document.querySelectorAll("form input:not([type=hidden])"), (input) => ({
    id: input.id,
    value: input.value,
    checked: input.checked,
    disabled: input.matches(":disabled"),
  }))`);
}

/** The id of the focused element. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate<string>("document.activeElement ? document.activeElement.id : ''");
}

/** Where an element is in the document (not the viewport: scrolling does not move it). */
export function documentBox(page: Page, selector: string): Promise<unknown> {
  return page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return { x: box.left + scrollX, y: box.top + scrollY, width: box.width };
  })()`);
}

/** Whether the page is wider than the viewport (a horizontal scrollbar). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(
    "document.documentElement.scrollWidth > document.documentElement.clientWidth",
  );
}

/** Uncaught errors and console errors (a blocked script, a CSP violation…) on the page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}
