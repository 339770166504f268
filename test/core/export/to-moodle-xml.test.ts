import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { toMoodleXml } from "../../../src/core/export/to-moodle-xml";
import type { Question, Quiz } from "../../../src/core/quiz/quiz";
import { sampleQuiz } from "../quiz/sample-quiz";
import { decodeHtmlText, decodeParagraph } from "./decode-html";
import { trickyQuiz } from "./tricky-quiz";

interface MoodleText {
  "@_format"?: string;
  text: string;
}

interface MoodleAnswer extends MoodleText {
  "@_fraction": string;
}

interface MoodleQuestion {
  "@_type": string;
  name?: { text: string };
  category?: { text: string };
  questiontext?: MoodleText;
  generalfeedback?: MoodleText;
  answer?: MoodleAnswer[];
  single?: string;
  shuffleanswers?: string;
  usecase?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === "question" || name === "answer",
});

function parseMoodleXml(xml: string): MoodleQuestion[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).quiz.question;
}

/** Moodle fractions must come from its list of grades: 100 and 0 are the ones we need. */
function rightTexts(question: MoodleQuestion): { text: string; right: boolean }[] {
  return (question.answer ?? []).map((answer) => {
    expect(["100", "0"]).toContain(answer["@_fraction"]);
    return { text: answer.text, right: answer["@_fraction"] === "100" };
  });
}

function expectQuestion(parsed: MoodleQuestion | undefined, question: Question) {
  if (!parsed) throw new Error(`${question.id} missing`);
  expect(parsed.name?.text).toBe(question.id.toUpperCase());
  expect(parsed.questiontext?.["@_format"]).toBe("html");
  expect(decodeParagraph(parsed.questiontext?.text ?? "")).toBe(question.prompt);
  expect(parsed.generalfeedback?.["@_format"]).toBe("html");
  expect(decodeParagraph(parsed.generalfeedback?.text ?? "")).toBe(question.evidence.text);
  switch (question.type) {
    case "single_choice":
      expect(parsed).toMatchObject({
        "@_type": "multichoice",
        single: "true",
        shuffleanswers: "true",
      });
      expect(
        rightTexts(parsed).map(({ text, right }) => ({ text: decodeHtmlText(text), right })),
      ).toEqual(
        question.options.map((option) => ({
          text: option.text,
          right: option.id === question.answer,
        })),
      );
      break;
    case "true_false":
      expect(parsed["@_type"]).toBe("truefalse");
      expect(rightTexts(parsed)).toEqual([
        { text: "true", right: question.answer },
        { text: "false", right: !question.answer },
      ]);
      break;
    case "short_answer": {
      expect(parsed).toMatchObject({ "@_type": "shortanswer", usecase: "0" });
      const forms = [...new Set([question.answer, ...question.accepted])];
      expect(rightTexts(parsed)).toEqual(
        // Plain text, compared as typed; `\*` is Moodle's literal asterisk.
        forms.map((form) => ({ text: form.replaceAll("*", "\\*"), right: true })),
      );
      break;
    }
  }
}

/**
 * Moodle's XML reader (lib/xmlize.php) is handed each run of text between two pieces of markup
 * (a tag, an entity reference, a CDATA section) and drops every run that is only whitespace:
 * `<text>Tom &amp; &apos;Jerry&apos;</text>` imports as `Tom &'Jerry'`. The runs of a document
 * that would be lost that way, in the text of elements (indentation between elements is not).
 */
function whitespaceLostOnImport(xml: string): string[] {
  const lost: string[] = [];
  for (const [, content = ""] of xml.matchAll(/<text>([\s\S]*?)<\/text>/g)) {
    const runs = content.split(/&[a-z]+;|&#\d+;|<!\[CDATA\[[\s\S]*?\]\]>/);
    // Runs between two delimiters: the first and last are trimmed by the importer anyway.
    for (const run of runs.slice(1, -1)) if (run !== "" && run.trim() === "") lost.push(content);
  }
  return lost;
}

/** What Moodle's own exporter does (`xml_escape`): text holding `& < > " '` goes in CDATA. */
function entitiesOutsideCdata(xml: string): string[] {
  return [...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)]
    .map(([, content = ""]) => content)
    .filter((content) => content.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").includes("&"));
}

function expectRoundTrip(quiz: Quiz) {
  const questions = parseMoodleXml(toMoodleXml(quiz));
  expect(questions.map((question) => question["@_type"])).toEqual([
    "category",
    "description",
    ...quiz.questions.map(
      (question) =>
        ({ single_choice: "multichoice", true_false: "truefalse", short_answer: "shortanswer" })[
          question.type
        ],
    ),
  ]);
  const [category, article] = questions;
  expect(category?.category?.text).toBe(
    `Ardoise/${quiz.title.replace(/\s+/g, " ").replaceAll("/", "//")}`,
  );
  const body = article?.questiontext?.text ?? "";
  const [heading, ...paragraphs] = body.split(/(?=<p>)/);
  expect(heading).toBe(`<h2>${heading?.slice(4, -5)}</h2>`);
  expect(decodeHtmlText(heading?.slice(4, -5) ?? "")).toBe(quiz.article.title);
  expect(paragraphs.map(decodeParagraph)).toEqual(quiz.article.paragraphs);
  quiz.questions.forEach((question, index) => {
    expectQuestion(questions[index + 2], question);
  });
}

describe("toMoodleXml", () => {
  it("is well-formed and reads back as the same quiz", () => {
    expectRoundTrip(sampleQuiz);
  });

  it("escapes < > & \" ' and ]]> in every text", () => {
    expectRoundTrip(trickyQuiz);
    // An option is HTML: its markup is escaped, not run.
    expect(toMoodleXml(trickyQuiz)).not.toContain("~tilde & <b>gras</b>");
  });

  it("puts text holding & < > \" ' in CDATA, so Moodle keeps the spaces between them", () => {
    const xml = toMoodleXml(trickyQuiz);
    expect(whitespaceLostOnImport(xml)).toEqual([]);
    expect(entitiesOutsideCdata(xml)).toEqual([]);
    expect(xml).toContain(
      '<category><text><![CDATA[Ardoise/Fort : "guillemets" & <balises> // {accolades}]]></text></category>',
    );
    expect(xml).toContain("<text><![CDATA[Tom & 'Jerry']]></text>");
    expect(xml).toContain('<text><![CDATA[" < > &]]></text>');
    // Text with nothing to escape stays as it is, as Moodle writes it.
    expect(xml).toContain("<text>-5</text>");
  });

  it("splits a ]]> inside a CDATA section", () => {
    const quiz: Quiz = { ...sampleQuiz, title: "a ]]> b & c" };
    const xml = toMoodleXml(quiz);
    expect(xml).toContain("<text><![CDATA[Ardoise/a ]]]]><![CDATA[> b & c]]></text>");
    expect(parseMoodleXml(xml)[0]?.category?.text).toBe("Ardoise/a ]]> b & c");
  });

  it("drops characters XML cannot hold rather than writing a broken file", () => {
    const quiz: Quiz = {
      ...sampleQuiz,
      title: "Titre\u0001 avec contrôle",
      questions: sampleQuiz.questions.map((question) => ({
        ...question,
        prompt: `${question.prompt}\u0007\uFFFF`,
      })),
    };
    const questions = parseMoodleXml(toMoodleXml(quiz));
    expect(questions[0]?.category?.text).toBe("Ardoise/Titre avec contrôle");
    expect(decodeParagraph(questions[2]?.questiontext?.text ?? "")).toBe(
      sampleQuiz.questions[0]?.prompt,
    );
  });

  it("starts with the XML declaration and a quiz element", () => {
    expect(toMoodleXml(sampleQuiz)).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<quiz>\n[\s\S]*<\/quiz>\n$/,
    );
  });
});
