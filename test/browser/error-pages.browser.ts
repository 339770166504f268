import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, launchChromium, seriousViolations, url } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("a mistyped address in a browser", () => {
  it("shows a French 404 page with a way home, clean for axe", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
    const page = await context.newPage();
    const response = await page.goto(url("/quizes/belgique"));
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.locator("h1").textContent()).toBe("Page introuvable");
    expect(await page.locator("main").textContent()).toContain("/quizes/belgique");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "l'accueil d'Ardoise" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });
});
