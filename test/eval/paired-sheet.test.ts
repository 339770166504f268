import { describe, expect, it } from "vitest";
import { type Grade, mergeSheets, splitGrades } from "./paired-sheet";

function sheet(questions: string[]): string {
  const blocks = ["alpha", "beta"].map(
    (slug) =>
      `## Article \`${slug}\`\n\n### Titre ${slug}\n\nTexte.\n\n### Questions (article \`${slug}\`)\n\n${questions
        .map(
          (prompt, index) =>
            `**q${index + 1}** (short answer) ${prompt} ${slug}\n\nKeyed answer: x\n\n`,
        )
        .join("")}`,
  );
  return `# Grading sheet\n\nIntro.\n\n${blocks.join("")}`;
}

describe("mergeSheets and splitGrades", () => {
  const start = sheet(["Qui a signé ?", "Quel jour ?"]);
  const final = sheet(["Qui a signé ?", "Pourquoi ?", "Combien ?"]);
  const { sheet: paired, map } = mergeSheets(start, final);

  it("shows each article once, then both quizzes with their ids, the sides only in the map", () => {
    expect(paired.match(/^## Article/gmu)).toHaveLength(2);
    expect(paired.match(/^### Titre alpha/gmu)).toHaveLength(1);
    expect(paired).toContain("**1-q1**");
    expect(paired).toContain("**2-q3**");
    expect(paired).not.toMatch(/start|final/u);
    for (const slug of ["alpha", "beta"]) {
      expect(Object.values(map[slug] ?? {}).sort()).toEqual(["final", "start"]);
    }
  });

  it("gives every grade back to its generator, with its prompt and own id", () => {
    const grades: Grade[] = [...paired.matchAll(/^\*\*(\d-q\d+)\*\*/gmu)].map((match, index) => ({
      article: index < 5 ? "alpha" : "beta",
      question: match[1] ?? "",
      verdict: "WEAK",
    }));
    const { start: before, final: after } = splitGrades(paired, map, grades);
    expect(before.map((grade) => [grade.article, grade.question, grade.prompt])).toEqual([
      ["alpha", "q1", "Qui a signé ? alpha"],
      ["alpha", "q2", "Quel jour ? alpha"],
      ["beta", "q1", "Qui a signé ? beta"],
      ["beta", "q2", "Quel jour ? beta"],
    ]);
    expect(after.map((grade) => grade.prompt)).toContain("Combien ? beta");
    expect(after).toHaveLength(6);
  });

  it("refuses grades that do not cover the sheet", () => {
    expect(() => splitGrades(paired, map, [])).toThrow(/0 grades for 10 questions/u);
  });
});
