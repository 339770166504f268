import { env, exports } from "cloudflare:workers";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { parse as parseGift } from "gift-pegjs";
import { beforeAll, describe, expect, it } from "vitest";
import seedArticle from "../../src/content/seed-article.fr.txt";
import { toFileSlug } from "../../src/core/export/file-slug";
import type { KeyQuestion, KeyQuiz } from "../../src/core/quiz/to-key-view";
import { CHART } from "../../src/views/results-chart";
import { readCsv } from "../core/export/read-csv";
import { expectProblem } from "../expect-problem";

const SEED_ID = "belgique-maroc-dsiti-2016";
const API = "http://ardoise.test/api/quizzes";
const TEACHER = { Authorization: `Bearer ${env.TEACHER_TOKEN}` };

function get(url: string, headers: Record<string, string> = TEACHER) {
  return exports.default.fetch(new Request(url, { headers }));
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return exports.default.fetch(
    new Request(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** A quiz of its own, so that its submissions are only the ones this file makes. */
async function createQuiz(): Promise<KeyQuiz> {
  const response = await post(API, { text: seedArticle }, TEACHER);
  expect(response.status).toBe(201);
  return response.json();
}

interface Results {
  quizId: string;
  submissions: number;
  meanScore: number | null;
  medianScore: number | null;
  maxScore: number;
  distribution: { score: number; count: number }[];
  questions: {
    questionId: string;
    prompt: string;
    correctRate: number | null;
    discrimination: number | null;
    commonWrong: { answer: string; count: number }[];
  }[];
  recent: {
    id: string;
    student: string | null;
    score: number;
    maxScore: number;
    createdAt: string;
  }[];
  nextCursor: string | null;
}

async function results(quizId: string, query = ""): Promise<Results> {
  const response = await get(`${API}/${quizId}/results${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("Cache-Control")).toBe("private, no-store");
  return response.json();
}

/** What a sheet sent and how the server marked it. */
interface Sheet {
  id: string;
  score: number;
  student: string | undefined;
  answers: Record<string, string | boolean>;
  correct: Map<string, boolean>;
}

const WRONG_TEXTS = ["zzz", "ZZZ ", "Quelqu'un d'autre", "  zzz", "Personne"];

/**
 * Sheet `i`'s answer to question `j`: right, wrong in one of several forms, or skipped, by a
 * pattern that gives varied scores and repeated wrong answers.
 */
function answerFor(question: KeyQuestion, i: number, j: number): string | boolean | undefined {
  const roll = (i * 7 + j * 3) % 10;
  if (roll < i) return question.answer;
  if ((i + j) % 6 === 5) return undefined;
  switch (question.type) {
    case "true_false":
      return [
        !question.answer,
        question.answer ? "faux" : "Vrai",
        question.answer ? "FALSE" : "vrai ",
      ][(i + j) % 3];
    case "single_choice": {
      const wrong = (question.options ?? []).filter((option) => option.id !== question.answer);
      return wrong[(i + j) % 2 === 0 ? 0 : (i + j) % wrong.length]?.id;
    }
    default:
      return WRONG_TEXTS[(i * j) % WRONG_TEXTS.length];
  }
}

async function submitSheets(key: KeyQuiz, count: number): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  for (let i = 0; i < count; i++) {
    const answers: Record<string, string | boolean> = {};
    key.questions.forEach((question, j) => {
      const answer = answerFor(question, i, j);
      if (answer !== undefined) answers[question.id] = answer;
    });
    const student = i % 4 === 3 ? undefined : `Élève ${i}`;
    const response = await post(`${API}/${key.id}/submissions`, { answers, student });
    expect(response.status).toBe(201);
    const marked = (await response.json()) as {
      id: string;
      score: number;
      results: { questionId: string; correct: boolean }[];
    };
    sheets.push({
      id: marked.id,
      score: marked.score,
      student,
      answers,
      correct: new Map(marked.results.map((result) => [result.questionId, result.correct])),
    });
  }
  return sheets;
}

/** Collects `recent` page by page, checking each page's size. */
async function allRecent(quizId: string, limit: number): Promise<Results["recent"]> {
  const seen: Results["recent"] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const body = await results(quizId, query);
    seen.push(...body.recent);
    cursor = body.nextCursor;
    if (!cursor) break;
    expect(body.recent).toHaveLength(limit);
  }
  return seen;
}

/** The wrong answer as the results group it: its type's normal form (ASCII case folded). */
function wrongKey(question: KeyQuestion, given: string | boolean): string {
  const text = typeof given === "boolean" ? String(given) : given.trim();
  if (question.type === "single_choice") return text;
  const lower = text.toLowerCase();
  if (question.type === "true_false") return { vrai: "true", faux: "false" }[lower] ?? lower;
  return lower;
}

function shownAs(question: KeyQuestion, form: string): string {
  if (question.type === "single_choice") {
    return question.options?.find((option) => option.id === form)?.text ?? form;
  }
  if (question.type === "true_false") {
    const truth = { true: true, vrai: true, false: false, faux: false }[form.toLowerCase()];
    return truth === undefined ? form : truth ? "Vrai" : "Faux";
  }
  return form;
}

function expectedCommonWrong(question: KeyQuestion, sheets: Sheet[]) {
  const groups = new Map<string, { forms: string[]; count: number }>();
  for (const sheet of sheets) {
    const given = sheet.answers[question.id];
    if (given === undefined || sheet.correct.get(question.id)) continue;
    const form = typeof given === "boolean" ? String(given) : given.trim();
    if (form === "") continue;
    const key = wrongKey(question, given);
    const group = groups.get(key) ?? { forms: [], count: 0 };
    group.forms.push(form);
    group.count++;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 3)
    .map(([, group]) => ({
      // The server shows the smallest of the forms given (binary order).
      answer: shownAs(question, [...group.forms].sort()[0] ?? ""),
      count: group.count,
    }));
}

describe("GET /api/quizzes/:id/results", () => {
  let key: KeyQuiz;
  let sheets: Sheet[];

  beforeAll(async () => {
    key = await createQuiz();
    sheets = await submitSheets(key, 10);
  });

  it("has varied scores to work on", () => {
    expect(new Set(sheets.map((sheet) => sheet.score)).size).toBeGreaterThanOrEqual(4);
  });

  it("counts the sheets and gives mean, median and the distribution of scores", async () => {
    const body = await results(key.id);
    const scores = sheets.map((sheet) => sheet.score).sort((a, b) => a - b);
    const maxScore = key.questions.length;
    expect(body.quizId).toBe(key.id);
    expect(body.submissions).toBe(10);
    expect(body.maxScore).toBe(maxScore);
    expect(body.meanScore).toBeCloseTo(scores.reduce((sum, score) => sum + score, 0) / 10);
    expect(body.medianScore).toBe(((scores[4] ?? 0) + (scores[5] ?? 0)) / 2);
    expect(body.distribution).toEqual(
      Array.from({ length: maxScore + 1 }, (_, score) => ({
        score,
        count: scores.filter((s) => s === score).length,
      })),
    );
  });

  it("gives each question's right-answer rate and commonest wrong answers", async () => {
    const body = await results(key.id);
    expect(body.questions.map((entry) => [entry.questionId, entry.prompt])).toEqual(
      key.questions.map((question) => [question.id, question.prompt]),
    );
    key.questions.forEach((question, index) => {
      const entry = body.questions[index];
      const right = sheets.filter((sheet) => sheet.correct.get(question.id)).length;
      expect(entry?.correctRate).toBeCloseTo(right / 10);
      expect(entry?.commonWrong, question.id).toEqual(expectedCommonWrong(question, sheets));
    });
    // The patterns repeat wrong answers, so some counts exceed 1.
    expect(body.questions.some((entry) => entry.commonWrong.some((w) => w.count > 1))).toBe(true);
  });

  it("gives the discrimination index of the top and bottom 27% (3 sheets each of 10)", async () => {
    const [body, recent] = await Promise.all([results(key.id), allRecent(key.id, 100)]);
    const byId = new Map(sheets.map((sheet) => [sheet.id, sheet]));
    const ranked = recent.map((entry) => ({ ...entry, sheet: byId.get(entry.id) }));
    // Ties in score: the earlier sheet (then the smaller id) first, in both groups.
    const earlier = (a: (typeof ranked)[0], b: (typeof ranked)[0]) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
    const top = [...ranked].sort((a, b) => b.score - a.score || earlier(a, b)).slice(0, 3);
    const bottom = [...ranked].sort((a, b) => a.score - b.score || earlier(a, b)).slice(0, 3);
    const rate = (group: typeof ranked, questionId: string) =>
      group.filter((entry) => entry.sheet?.correct.get(questionId)).length / group.length;
    key.questions.forEach((question, index) => {
      expect(body.questions[index]?.discrimination, question.id).toBeCloseTo(
        rate(top, question.id) - rate(bottom, question.id),
      );
    });
  });

  it("pages through recent sheets with the cursor, newest first, each exactly once", async () => {
    const recent = await allRecent(key.id, 3);
    expect(recent.map((entry) => entry.id).sort()).toEqual(sheets.map((sheet) => sheet.id).sort());
    const order = recent.map((entry) => [entry.createdAt, entry.id].join(" "));
    expect(order).toEqual([...order].sort().reverse());
    const byId = new Map(sheets.map((sheet) => [sheet.id, sheet]));
    for (const entry of recent) {
      const sheet = byId.get(entry.id);
      expect(entry).toEqual({
        id: sheet?.id,
        student: sheet?.student ?? null,
        score: sheet?.score,
        maxScore: key.questions.length,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
    }
  });

  it("gives 20 recent sheets by default", async () => {
    const body = await results(key.id);
    expect(body.recent).toHaveLength(10);
    expect(body.nextCursor).toBeNull();
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?limit=abc", "limit"],
    ["?limit=2.5", "limit"],
    ["?limit=1&limit=2", "limit"],
    ["?cursor=not-a-cursor", "cursor"],
    [`?cursor=${btoa("[1,2]")}`, "cursor"],
  ])("answers 400 to %s", async (query, path) => {
    const problem = await expectProblem(await get(`${API}/${key.id}/results${query}`), 400);
    expect(problem.errors?.map((error) => error.path)).toEqual([path]);
  });

  it("has nulls and zeros for a quiz without submissions, and no discrimination under 4", async () => {
    const fresh = await createQuiz();
    const empty = await results(fresh.id);
    expect(empty).toMatchObject({ submissions: 0, meanScore: null, medianScore: null });
    expect(empty.distribution.every((bar) => bar.count === 0)).toBe(true);
    expect(empty.questions.every((entry) => entry.correctRate === null)).toBe(true);

    await submitSheets(fresh, 3);
    const few = await results(fresh.id);
    expect(few.submissions).toBe(3);
    expect(few.questions.every((entry) => entry.correctRate !== null)).toBe(true);
    expect(few.questions.every((entry) => entry.discrimination === null)).toBe(true);
  });

  it("is for teachers only, and 404 for an unknown quiz", async () => {
    await expectProblem(await get(`${API}/${key.id}/results`, {}), 401);
    await expectProblem(await get(`${API}/no-such-quiz/results`), 404);
  });
});

describe("GET /api/quizzes/:id/export", () => {
  let key: KeyQuiz;

  beforeAll(async () => {
    key = await (await get(`${API}/${SEED_ID}/key`)).json();
  });

  async function download(format: string, extension: string, contentType: string) {
    const response = await get(`${API}/${SEED_ID}/export?format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(contentType);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="${toFileSlug(key.title)}.${extension}"`,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    return response;
  }

  it("gives GIFT that gift-pegjs reads as the quiz", async () => {
    const response = await download("gift", "gift.txt", "text/plain; charset=utf-8");
    const parsed = parseGift(await response.text());
    expect(parsed.map((question) => question.type)).toEqual([
      "Category",
      "Description",
      ...key.questions.map(
        (question) =>
          ({ single_choice: "MC", true_false: "TF", short_answer: "Short" })[question.type],
      ),
    ]);
    key.questions.forEach((question, index) => {
      const gift = parsed[index + 2];
      expect(gift && "stem" in gift ? gift.stem.text : undefined).toBe(question.prompt);
      expect(gift && "globalFeedback" in gift ? gift.globalFeedback?.text : undefined).toBe(
        question.evidence.text,
      );
    });
  });

  it("gives well-formed Moodle XML with a question per question", async () => {
    const response = await download("moodle-xml", "xml", "application/xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === "question",
    }).parse(xml);
    expect(parsed.quiz.question).toHaveLength(key.questions.length + 2);
  });

  it("gives a QTI 3.0 zip with an item per question", async () => {
    const response = await download("qti", "zip", "application/zip");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = strFromU8(files["imsmanifest.xml"] ?? new Uint8Array());
    expect(XMLValidator.validate(manifest)).toBe(true);
    for (const question of key.questions) {
      const item = strFromU8(files[`items/${question.id}.xml`] ?? new Uint8Array());
      expect(XMLValidator.validate(item)).toBe(true);
      expect(item).toContain('xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"');
    }
  });

  it("gives a CSV with a row per question, multi-line evidence intact", async () => {
    const response = await download("csv", "csv", "text/csv; charset=utf-8; header=present");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // What French Excel and LibreOffice open in columns with a double click.
    expect(text.split("\r\n")[0]).toBe("id;type;prompt;options;answer;accepted;evidence");
    const rows = readCsv(text);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[6]])).toEqual(
      key.questions.map((question) => [question.id, question.prompt, question.evidence.text]),
    );
  });

  it("gives the answer key as JSON", async () => {
    const response = await download("json", "json", "application/json; charset=utf-8");
    // The key view as a file: the review's state (published, revision) is not part of it.
    const exported = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(exported)).not.toContain("revision");
    const { published, revision } = key as KeyQuiz & { published: boolean; revision: number };
    expect({ ...exported, published, revision }).toEqual(key);
  });

  it.each([["?format=docx"], ["?format="], [""]])(
    "answers 400 listing the formats to %s",
    async (query) => {
      const problem = await expectProblem(await get(`${API}/${SEED_ID}/export${query}`), 400);
      for (const format of ["gift", "moodle-xml", "qti", "csv", "json", "results-csv"]) {
        expect(problem.detail).toContain(format);
      }
      expect(problem.errors?.[0]?.path).toBe("format");
    },
  );

  it("is for teachers only, and 404 for an unknown quiz", async () => {
    await expectProblem(await get(`${API}/${SEED_ID}/export?format=gift`, {}), 401);
    await expectProblem(await get(`${API}/no-such-quiz/export?format=gift`), 404);
  });
});

describe("GET /api/quizzes/:id/results.csv", () => {
  it("gives a row per submission with each answer and ✓ or ✗, also as format=results-csv", async () => {
    const key = await createQuiz();
    const sheets = await submitSheets(key, 5);
    const response = await get(`${API}/${key.id}/results.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="${toFileSlug(key.title)}-results.csv"`,
    );
    const csv = await response.text();
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([
      "student",
      "createdAt",
      "score",
      "maxScore",
      ...key.questions.map((question) => `${question.id}: ${question.prompt}`),
    ]);
    expect(rows).toHaveLength(sheets.length + 1);
    // Oldest first: the order the sheets were sent in.
    sheets.forEach((sheet, index) => {
      const row = rows[index + 1] ?? [];
      expect(row.slice(0, 4)).toEqual([
        sheet.student ?? "",
        expect.any(String),
        String(sheet.score),
        String(key.questions.length),
      ]);
      key.questions.forEach((question, j) => {
        const cell = row[j + 4] ?? "";
        const verdict = sheet.correct.get(question.id) ? "✓" : "✗";
        const given = sheet.answers[question.id];
        expect(cell).toBe(
          given === undefined
            ? verdict
            : `${verdict} ${shownAs(question, typeof given === "boolean" ? String(given) : given.trim())}`,
        );
      });
    });

    const viaExport = await get(`${API}/${key.id}/export?format=results-csv`);
    expect(await viaExport.text()).toBe(csv);
  });

  it("is for teachers only", async () => {
    await expectProblem(await get(`${API}/${SEED_ID}/results.csv`, {}), 401);
  });
});

describe("GET /api/quizzes/:id/results.svg", () => {
  interface Bar {
    questionId: string;
    width: number;
    height: number;
    label: string;
  }

  /** The chart's bars, read by an XML parser: the SVG must be well-formed to get this far. */
  async function chart(quizId: string): Promise<Bar[]> {
    const response = await get(`${API}/${quizId}/results.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'");
    const svg = await response.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => ["g", "rect", "text"].includes(name),
    }).parse(svg);
    expect(parsed.svg.xmlns).toBe("http://www.w3.org/2000/svg");
    type Node = Record<string, string> & { rect?: Node[]; text?: (Node | string)[] };
    const groups = (parsed.svg.g as Node[]).filter((group) => group.class === "question");
    return groups.map((group) => {
      const bar = group.rect?.find((rect) => rect.class === "bar");
      const value = group.text?.at(-1);
      return {
        questionId: group["data-question-id"] ?? "",
        width: Number(bar?.width),
        height: Number(bar?.height),
        label: typeof value === "string" ? value : (value?.["#text"] ?? ""),
      };
    });
  }

  it("draws one bar per question as long as its right-answer rate among the sheets sent", async () => {
    const key = await createQuiz();
    const sheets = await submitSheets(key, 7);
    const bars = await chart(key.id);
    expect(bars.map((bar) => bar.questionId)).toEqual(key.questions.map((question) => question.id));
    const full = CHART.barWidth;
    for (const [index, question] of key.questions.entries()) {
      const right = sheets.filter((sheet) => sheet.correct.get(question.id)).length;
      const rate = right / sheets.length;
      const bar = bars[index];
      expect(bar?.width, question.id).toBeCloseTo(rate * full, 1);
      expect(bar?.height).toBeGreaterThan(0);
      expect(bar?.label).toBe(`${Math.round(rate * 100)}\u00a0%`);
    }
    // Not all alike: the chart shows differences.
    expect(new Set(bars.map((bar) => bar.width)).size).toBeGreaterThan(1);
    // The same figures as the JSON results.
    const body = await results(key.id);
    body.questions.forEach((entry, index) => {
      expect(bars[index]?.width).toBeCloseTo((entry.correctRate ?? 0) * CHART.barWidth, 1);
    });
  });

  it("has empty bars and dashes before any submission", async () => {
    const key = await createQuiz();
    const bars = await chart(key.id);
    expect(bars).toHaveLength(key.questions.length);
    expect(bars.every((bar) => bar.width === 0 && bar.label === "—")).toBe(true);
  });

  it("is for teachers only, and 404 for an unknown quiz", async () => {
    const refused = await expectProblem(await get(`${API}/${SEED_ID}/results.svg`, {}), 401);
    expect(refused.type).toBe("/problems/teacher-token-required");
    await expectProblem(await get(`${API}/no-such-quiz/results.svg`), 404);
  });
});
