/**
 * Security headers on every response, CSRF protection of the quiz form post, and teachers'
 * titles and articles always escaped on the student page.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countSubmissions } from "../../src/storage/submission-store";
import { DOCUMENT_HEADERS, LEGACY_HEADERS } from "../security-header-names";

const ORIGIN = "http://ardoise.test";
const QUIZ_ID = "belgique-maroc-dsiti-2016";
const PAGE = `${ORIGIN}/quizzes/${QUIZ_ID}`;
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };

function send(url: string, init: RequestInit = {}) {
  return exports.default.fetch(new Request(url, init));
}

/** What every answer carries, JSON included. */
function expectCommonHeaders(response: Response) {
  // frame-ancestors is what stops framing (X-Frame-Options is not sent).
  expect(response.headers.get("Content-Security-Policy")).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(response.headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
  expect(response.headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d+/);
  const legacy = LEGACY_HEADERS.filter((name) => response.headers.has(name));
  expect(legacy).toEqual([]);
}

/** What every answer but JSON carries too: the headers that act on documents. */
function expectDocumentHeaders(response: Response) {
  expectCommonHeaders(response);
  expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
  expect(response.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
  expect(response.headers.get("Permissions-Policy")).toContain("camera=()");
}

describe("security headers on every response", () => {
  it.each([
    ["the quiz list", "GET", "/api/quizzes", 200],
    ["a quiz", "GET", `/api/quizzes/${QUIZ_ID}`, 200],
    ["a 404 problem", "GET", "/api/quizzes/nope", 404],
    ["an unknown route", "GET", "/nothing/here", 404],
    ["a 401 problem", "GET", `/api/quizzes/${QUIZ_ID}/key`, 401],
    ["a 415 problem", "POST", `/api/quizzes/${QUIZ_ID}/submissions`, 415],
  ])(
    "%s: a policy that allows nothing, and no document-only header",
    async (_, method, path, status) => {
      const response = await send(`${ORIGIN}${path}`, { method });
      expect(response.status).toBe(status);
      expect(response.headers.get("Content-Type")).toMatch(/^application\/(problem\+)?json/);
      expectCommonHeaders(response);
      expect(response.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'/);
      const documentOnly = DOCUMENT_HEADERS.filter((name) => response.headers.has(name));
      expect(documentOnly).toEqual([]);
    },
  );

  it("a download (CSV export) carries the document headers too", async () => {
    const response = await send(`${ORIGIN}/api/quizzes/${QUIZ_ID}/results.csv`, {
      headers: TEACHER,
    });
    expect(response.status).toBe(200);
    expectDocumentHeaders(response);
    expect(response.headers.get("Content-Security-Policy")).toMatch(/^default-src 'none'/);
  });

  it.each([
    ["the home page", "/", 200],
    ["a quiz page", `/quizzes/${QUIZ_ID}`, 200],
    ["the French 404 page", "/quizzes/nope", 404],
  ])(
    "%s keeps the pages' own policy: same-origin scripts and styles, nothing inline",
    async (_, path, status) => {
      const response = await send(`${ORIGIN}${path}`);
      expect(response.status).toBe(status);
      expectDocumentHeaders(response);
      const policy = response.headers.get("Content-Security-Policy") ?? "";
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      const html = await response.text();
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    },
  );
});

describe("CSRF: the quiz form may be posted from this site only", () => {
  function postForm(headers: Record<string, string>) {
    return send(PAGE, {
      method: "POST",
      headers,
      body: new URLSearchParams({ student: "Csrf", "hand-in": "anyway" }),
    });
  }

  it.each([
    ["Origin of another site", { Origin: "https://evil.example" }],
    ["Origin null (a sandboxed frame)", { Origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "Sec-Fetch-Site": "same-site" }],
    ["a look-alike origin", { Origin: "http://ardoise.test.evil.example" }],
  ])("refuses %s with a French 403 page, storing nothing", async (_, headers) => {
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const response = await postForm(headers);
    expect(response.status).toBe(403);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await response.text()).toContain("Envoi refusé");
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before);
  });

  it.each([
    ["Origin of this site", { Origin: ORIGIN }],
    ["Sec-Fetch-Site: same-origin", { "Sec-Fetch-Site": "same-origin" }],
    ["both, as a browser sends them", { Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" }],
    ["neither (not a browser: curl, a script)", {}],
  ])("accepts %s", async (_, headers) => {
    const before = await countSubmissions(env.DB, QUIZ_ID);
    const response = await postForm(headers);
    expect(response.status).toBe(200);
    expect(await countSubmissions(env.DB, QUIZ_ID)).toBe(before + 1);
  });
});

describe("teachers' titles and articles are escaped on the student page", () => {
  const SCRIPT = "<script>alert(1)</script>";
  const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
  const ARTICLE = `Le maire de Nantes ${SCRIPT} inaugure une ligne ${ATTRIBUTE}

La maire de Nantes, Johanna Rolland, a inauguré samedi 14 mai la ligne 6 du tramway ${SCRIPT}, en présence du président de la Société d'économie mixte des transports (SEMITAN), Bertrand Affilé ${ATTRIBUTE}.

"Cette ligne change la vie des habitants du nord de la ville", a déclaré, samedi 14 mai à Nantes, la maire, Johanna Rolland.

Les travaux, conduits par l'entreprise Colas, ont duré trois ans et ont coûté 120 millions d'euros. La ligne dessert 18 stations et doit transporter 40 000 voyageurs par jour.`;

  it("in the title, the article and the questions", async () => {
    const created = await send(`${ORIGIN}/api/quizzes`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...TEACHER },
      // Public, so that the list of quizzes shows the title too.
      body: JSON.stringify({ title: `Tram ${SCRIPT} ${ATTRIBUTE}`, text: ARTICLE, public: true }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json<{ id: string }>();

    for (const path of [`/quizzes/${id}`, "/quizzes"]) {
      const response = await send(`${ORIGIN}${path}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toContain(SCRIPT);
      expect(html).not.toContain("<img src=x");
      expect(html).not.toMatch(/<img[^>]*onerror/i);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      // The only script is the page's own, from this origin.
      expect(html.match(/<script/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
