import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Quiz } from "../../src/core/quiz/quiz";
import app from "../../src/index";
import { findQuiz } from "../../src/quiz-catalog";
import { closeAssignment, createAssignment } from "../../src/storage/assignment-store";
import { saveQuiz } from "../../src/storage/quiz-store";
import { countingDb } from "../counting-db";
import { selectElements as select } from "./select-elements";

const QUIZ_ID = "belgique-maroc-dsiti-2016";
const ORIGIN = "http://ardoise.test";

function get(path: string) {
  return exports.default.fetch(
    new Request(`${ORIGIN}${path}`, { headers: { Accept: "text/html" }, redirect: "manual" }),
  );
}

function postForm(path: string, fields: Record<string, string>) {
  return exports.default.fetch(
    new Request(`${ORIGIN}${path}`, { method: "POST", body: new URLSearchParams(fields) }),
  );
}

async function seedQuiz(): Promise<Quiz> {
  const quiz = await findQuiz(env.DB, QUIZ_ID);
  if (!quiz) throw new Error(`${QUIZ_ID} is missing`);
  return quiz;
}

async function newAssignment(feedback: "immediate" | "after-close" = "immediate") {
  return createAssignment(env.DB, {
    id: crypto.randomUUID(),
    quizId: QUIZ_ID,
    label: "4e B",
    feedback,
    closesAt: null,
    createdAt: new Date().toISOString(),
  });
}

/** The form fields answering every question right. */
async function rightFields(): Promise<Record<string, string>> {
  const quiz = await seedQuiz();
  return Object.fromEntries(
    quiz.questions.map((question) => [question.id, String(question.answer)]),
  );
}

function sheetsOf(assignmentId: string) {
  return env.DB.prepare("SELECT student FROM submissions WHERE assignment_id = ?")
    .bind(assignmentId)
    .all<{ student: string }>();
}

describe("the join page's D1 reads", () => {
  it("reads the assignment every time, a created quiz at most once a second", async () => {
    const quiz = { ...(await seedQuiz()), id: `join-fresh-${crypto.randomUUID().slice(0, 8)}` };
    await saveQuiz(env.DB, quiz, new Date().toISOString(), false);
    const assignment = await createAssignment(env.DB, {
      id: crypto.randomUUID(),
      quizId: quiz.id,
      label: "4e C",
      feedback: "immediate",
      closesAt: null,
      createdAt: new Date().toISOString(),
    });
    const visit = async () => {
      const { db, roundTrips } = countingDb();
      const response = await app.request(`/j/${assignment.joinCode}`, {}, { ...env, DB: db });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`data-quiz-id="${quiz.id}"`);
      return roundTrips();
    };
    // The first: the assignment and the quiz; the next, within the second: the assignment.
    expect(await visit()).toBe(2);
    expect(await visit()).toBe(1);
  });
});

describe("the join code form", () => {
  it("is on the home page, a GET form to /j, usable without JavaScript", async () => {
    const html = await (await get("/")).text();
    const [form] = await select(html, "form.join-form");
    expect(form?.attributes).toMatchObject({ method: "get", action: "/j" });
    expect((await select(html, "input#join-code"))[0]?.attributes.name).toBe("code");
    expect(await select(html, "label[for=join-code]")).toHaveLength(1);
  });

  it("leads from any case and spaces to the assignment's one address", async () => {
    const assignment = await newAssignment();
    const typed = `${assignment.joinCode.slice(0, 3).toLowerCase()} ${assignment.joinCode.slice(3)}`;
    const viaForm = await get(`/j?code=${encodeURIComponent(` ${typed} `)}`);
    expect(viaForm.status).toBe(302);
    const next = viaForm.headers.get("Location") ?? "";
    const canonical = await get(next.replace(ORIGIN, ""));
    expect(canonical.status).toBe(301);
    expect(canonical.headers.get("Location")).toMatch(new RegExp(`/j/${assignment.joinCode}$`));
    expect((await get(`/j/${assignment.joinCode}`)).status).toBe(200);
  });

  it("answers an unknown code with a French 404 page and the form again", async () => {
    const response = await get("/j/ZZZZZ9");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("Aucun devoir n&#39;a le code");
    expect(await select(html, "form.join-form")).toHaveLength(1);
  });
});

describe("/j/<code> without JavaScript", () => {
  it("shows the quiz with a required name field and no answer", async () => {
    const assignment = await newAssignment();
    const html = await (await get(`/j/${assignment.joinCode}`)).text();
    const [form] = await select(html, "form.quiz-form");
    expect(form?.attributes.action).toBe(`/j/${assignment.joinCode}#results`);
    expect(form?.attributes["data-submit-url"]).toBe(
      `/api/join/${assignment.joinCode}/submissions`,
    );
    const [name] = await select(html, "input#student");
    expect(name?.attributes).toHaveProperty("required");
    expect(name?.attributes.maxlength).toBe("80");
    expect(html).toContain("Devoir «\u00a04<sup>e</sup> B\u00a0»");
    const quiz = await seedQuiz();
    for (const question of quiz.questions) {
      if (question.type === "short_answer")
        expect(html).not.toContain(`value="${question.answer}"`);
    }
  });

  it("marks a posted form, stores it for the assignment, and refuses the same name again", async () => {
    const assignment = await newAssignment();
    const fields = await rightFields();
    const first = await postForm(`/j/${assignment.joinCode}`, {
      ...fields,
      student: "Chloé Petit",
    });
    expect(first.status).toBe(200);
    const html = await first.text();
    const quiz = await seedQuiz();
    expect((await select(html, "p.score"))[0]?.text).toBe(
      `${quiz.questions.length} / ${quiz.questions.length}`,
    );
    expect(await select(html, ".results-actions")).toHaveLength(0);

    const again = await postForm(`/j/${assignment.joinCode}`, {
      student: "chloe petit",
      "hand-in": "anyway",
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(
      "Une copie a déjà été rendue sous le nom «\u00a0chloe petit\u00a0»",
    );
    expect((await sheetsOf(assignment.id)).results).toEqual([{ student: "Chloé Petit" }]);
  });

  it("sends a sheet with unanswered questions back for the class too, storing nothing", async () => {
    const assignment = await newAssignment();
    const response = await postForm(`/j/${assignment.joinCode}`, { student: "Inès" });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect((await select(html, "#hand-in-check strong"))[0]?.text).toMatch(
      /questions sans réponse/,
    );
    expect((await select(html, 'button[name="hand-in"]'))[0]?.text).toBe("Rendre quand même");
    expect((await select(html, "form.quiz-form"))[0]?.attributes.action).toBe(
      `/j/${assignment.joinCode}#results`,
    );
    expect((await sheetsOf(assignment.id)).results).toHaveLength(0);
  });

  it("refuses a sheet without a name, storing nothing", async () => {
    const assignment = await newAssignment();
    const response = await postForm(`/j/${assignment.joinCode}`, { student: "  " });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("écrivez votre nom");
    expect((await sheetsOf(assignment.id)).results).toHaveLength(0);
  });

  it("with after-close, shows the score but no expected answer or evidence until it closes", async () => {
    const assignment = await newAssignment("after-close");
    const quiz = await seedQuiz();
    const response = await postForm(`/j/${assignment.joinCode}`, {
      student: "Léa",
      "hand-in": "anyway",
    });
    const html = await response.text();
    expect((await select(html, "p.score"))[0]?.text).toBe(`0 / ${quiz.questions.length}`);
    expect(html).toContain("Les réponses attendues seront visibles");
    expect(await select(html, ".result-expected")).toHaveLength(0);
    expect(await select(html, "mark.evidence")).toHaveLength(0);
    expect(await select(html, ".result-evidence")).toHaveLength(0);

    await closeAssignment(env.DB, assignment.id, new Date().toISOString());
    const closed = await (await get(`/j/${assignment.joinCode}`)).text();
    expect(closed).toContain("est fermé");
    expect(await select(closed, ".corrections li")).toHaveLength(quiz.questions.length);
  });

  it("says a closed assignment is closed, and stores nothing posted to it (409)", async () => {
    const assignment = await newAssignment();
    await closeAssignment(env.DB, assignment.id, new Date().toISOString());
    const page = await get(`/j/${assignment.joinCode}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("il ne prend plus de copies");
    expect(await select(html, "form.quiz-form")).toHaveLength(0);
    // The key stays hidden when feedback was immediate: only after-close promises it.
    expect(await select(html, ".corrections")).toHaveLength(0);
    const posted = await postForm(`/j/${assignment.joinCode}`, { student: "Tom" });
    expect(posted.status).toBe(409);
    expect((await sheetsOf(assignment.id)).results).toHaveLength(0);
  });
});
