import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { CHART, renderResultsChart } from "../../src/views/results-chart";

type Node = Record<string, string> & { rect?: Node[]; text?: (Node | string)[] };

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["g", "rect", "text"].includes(name),
  }).parse(svg).svg as Node & { g: Node[]; title: string; desc: string };
}

function text(node: Node | string | undefined): string {
  return typeof node === "string" ? node : (node?.["#text"] ?? "");
}

describe("renderResultsChart", () => {
  const questions = [
    { questionId: "q1", correctRate: 0.75 },
    { questionId: "q2", correctRate: null },
    { questionId: "q3", correctRate: 1 },
    { questionId: "q4", correctRate: 0 },
  ];

  it("draws one bar per question, in order, as long as its rate", () => {
    const svg = parse(renderResultsChart({ title: "Un quiz", submissions: 4, questions }));
    const groups = svg.g.filter((group) => group.class === "question");
    expect(groups.map((group) => group["data-question-id"])).toEqual(["q1", "q2", "q3", "q4"]);
    const bars = groups.map((group) => group.rect?.find((rect) => rect.class === "bar"));
    expect(bars.map((bar) => Number(bar?.width))).toEqual([
      0.75 * CHART.barWidth,
      0,
      CHART.barWidth,
      0,
    ]);
    expect(bars.every((bar) => Number(bar?.height) === CHART.barHeight)).toBe(true);
    // Bars one under the other, never overlapping.
    const tops = bars.map((bar) => Number(bar?.y));
    tops.slice(1).forEach((top, index) => {
      expect(top - (tops[index] ?? 0)).toBe(CHART.rowHeight);
    });
    expect(groups.map((group) => text(group.text?.[0]))).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(groups.map((group) => text(group.text?.at(-1)))).toEqual([
      "75\u00a0%",
      "—",
      "100\u00a0%",
      "0\u00a0%",
    ]);
    // Only answered questions carry a rate.
    expect(bars.map((bar) => bar?.["data-correct-rate"])).toEqual(["0.75", undefined, "1", "0"]);
  });

  it("names itself and lists the rates for whoever cannot see it", () => {
    const svg = parse(renderResultsChart({ title: "Un quiz", submissions: 4, questions }));
    expect(svg.role).toBe("img");
    expect(svg["aria-labelledby"]).toBe("chart-title chart-desc");
    expect(text(svg.title)).toBe("Taux de bonnes réponses par question — Un quiz");
    expect(text(svg.desc)).toBe(
      "4 copies. Q1 : 75\u00a0% ; Q2 : — ; Q3 : 100\u00a0% ; Q4 : 0\u00a0%",
    );
    const one = parse(renderResultsChart({ title: "Un quiz", submissions: 1, questions: [] }));
    expect(text(one.desc)).toMatch(/^1 copie\./);
  });

  it("fits its view box, labels included, and grows with the questions", () => {
    const rendered = renderResultsChart({ title: "Un quiz", submissions: 4, questions });
    const svg = parse(rendered);
    const height = CHART.top + questions.length * CHART.rowHeight + CHART.axisHeight;
    expect(svg.viewBox).toBe(`0 0 ${CHART.width} ${height}`);
    // The longest value label ("100 %", about 40 units) still fits after a full bar.
    expect(CHART.barX + CHART.barWidth + 6 + 40).toBeLessThanOrEqual(CHART.width);
    expect(rendered.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("escapes the title: markup in it stays text", () => {
    const title = `<script>alert("x")</script> & « Le Soir »`;
    const rendered = renderResultsChart({ title, submissions: 0, questions });
    expect(rendered).not.toContain("<script>");
    expect(text(parse(rendered).title)).toBe(`Taux de bonnes réponses par question — ${title}`);
  });
});
