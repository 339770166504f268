import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toQtiPackage } from "../../../src/core/export/to-qti-package";
import type { Question, Quiz } from "../../../src/core/quiz/quiz";
import { sampleQuiz } from "../quiz/sample-quiz";
import { decodeHtmlText } from "./decode-html";
import { trickyQuiz } from "./tricky-quiz";

const CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
const ASI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Mixed content (text and <br/>) is read back raw, then decoded.
  stopNodes: ["*.qti-prompt", "*.qti-simple-choice", "*.p", "*.h2"],
  isArray: (name) =>
    [
      "resource",
      "file",
      "dependency",
      "qti-simple-choice",
      "qti-map-entry",
      "qti-assessment-item-ref",
      "p",
    ].includes(name),
});

function parseXml(bytes: Uint8Array | undefined, name: string): Node {
  if (!bytes) throw new Error(`${name} is not in the package`);
  const xml = strFromU8(bytes);
  expect(XMLValidator.validate(xml), name).toBe(true);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return parser.parse(xml) as Node;
}

const at = (node: unknown, ...path: string[]): Node =>
  path.reduce((current, key) => (current as Node)?.[key] as Node, node as Node);

/** Text of a stop node: a plain string, or `#text` when the element has attributes. */
function text(node: unknown): string {
  const raw = typeof node === "string" ? node : ((node as Node)?.["#text"] as string);
  return decodeHtmlText(raw ?? "");
}

function expectItem(item: Node, question: Question) {
  const root = at(item, "qti-assessment-item");
  expect(root["@_xmlns"]).toBe(ASI_NS);
  expect(root["@_identifier"]).toBe(question.id);
  expect(root["@_title"]).toBe(question.id.toUpperCase());
  expect(at(root, "qti-assessment-stimulus-ref")["@_href"]).toBe("../article.xml");
  expect(at(root, "qti-outcome-declaration")).toMatchObject({
    "@_identifier": "SCORE",
    "@_cardinality": "single",
    "@_base-type": "float",
  });
  const declaration = at(root, "qti-response-declaration");
  expect(declaration["@_identifier"]).toBe("RESPONSE");
  expect(declaration["@_cardinality"]).toBe("single");
  const correct = at(declaration, "qti-correct-response", "qti-value") as unknown;
  const body = at(root, "qti-item-body");
  const rubric = at(body, "qti-rubric-block");
  expect(rubric["@_view"]).toBe("scorer");
  expect(text((at(rubric, "qti-content-body").p as unknown[])[0])).toBe(question.evidence.text);
  const template = at(root, "qti-response-processing")["@_template"];

  if (question.type === "short_answer") {
    expect(declaration["@_base-type"]).toBe("string");
    expect(correct).toBe(question.answer);
    const mapping = at(declaration, "qti-mapping");
    expect(mapping).toMatchObject({
      "@_default-value": "0",
      "@_lower-bound": "0",
      "@_upper-bound": "1",
    });
    const entries = mapping["qti-map-entry"] as Node[];
    for (const entry of entries) {
      expect(entry).toMatchObject({ "@_mapped-value": "1", "@_case-sensitive": "false" });
    }
    // Every accepted form is scored 1 by a case-insensitive entry, none twice.
    const keys = entries.map((entry) => String(entry["@_map-key"]));
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
    for (const form of [question.answer, ...question.accepted]) {
      expect(keys.map((key) => key.toLowerCase())).toContain(form.toLowerCase());
    }
    expect(template).toBe(`${TEMPLATES}/map_response.xml`);
    const paragraphs = body.p as unknown[];
    expect(text(paragraphs[0])).toBe(question.prompt);
    expect(String(paragraphs[1])).toMatch(
      /^<qti-text-entry-interaction response-identifier="RESPONSE" expected-length="\d+"\/>$/,
    );
    return;
  }

  expect(declaration["@_base-type"]).toBe("identifier");
  expect(template).toBe(`${TEMPLATES}/match_correct.xml`);
  const interaction = at(body, "qti-choice-interaction");
  expect(interaction["@_response-identifier"]).toBe("RESPONSE");
  expect(interaction["@_max-choices"]).toBe("1");
  expect(text(interaction["qti-prompt"])).toBe(question.prompt);
  const choices = (interaction["qti-simple-choice"] as Node[]).map((choice) => ({
    id: choice["@_identifier"],
    text: text(choice),
  }));
  if (question.type === "true_false") {
    expect(choices).toEqual([
      { id: "true", text: "Vrai" },
      { id: "false", text: "Faux" },
    ]);
    expect(correct).toBe(String(question.answer));
  } else {
    expect(choices).toEqual(question.options);
    expect(correct).toBe(question.answer);
  }
}

function expectPackage(quiz: Quiz) {
  const files = unzipSync(toQtiPackage(quiz));
  const manifest = at(parseXml(files["imsmanifest.xml"], "imsmanifest.xml"), "manifest");
  expect(manifest["@_xmlns"]).toBe(CP_NS);
  expect(at(manifest, "metadata")).toEqual({ schema: "QTI Package", schemaversion: "3.0.0" });
  const resources = at(manifest, "resources").resource as Node[];

  // Every file is listed, and every listed file is there.
  const listed = resources.flatMap((resource) =>
    (resource.file as Node[]).map((file) => file["@_href"] as string),
  );
  expect(listed.sort()).toEqual(
    Object.keys(files)
      .filter((name) => name !== "imsmanifest.xml")
      .sort(),
  );

  const items = resources.filter((resource) => resource["@_type"] === "imsqti_item_xmlv3p0");
  expect(items.map((resource) => resource["@_href"])).toEqual(
    quiz.questions.map((question) => `items/${question.id}.xml`),
  );
  const stimulus = resources.find((resource) => resource["@_type"] === "imsqti_stimulus_xmlv3p0");
  for (const resource of items) {
    expect(resource.dependency).toEqual([{ "@_identifierref": stimulus?.["@_identifier"] }]);
  }
  quiz.questions.forEach((question) => {
    expectItem(parseXml(files[`items/${question.id}.xml`], question.id), question);
  });

  const article = at(parseXml(files["article.xml"], "article.xml"), "qti-assessment-stimulus");
  expect(article["@_xmlns"]).toBe(ASI_NS);
  expect(article["@_identifier"]).toBe("article");
  const articleBody = at(article, "qti-stimulus-body");
  expect(text(articleBody.h2)).toBe(quiz.article.title);
  expect((articleBody.p as unknown[]).map(text)).toEqual(quiz.article.paragraphs);

  const test = resources.find((resource) => resource["@_type"] === "imsqti_test_xmlv3p0");
  const assessment = at(
    parseXml(files[String(test?.["@_href"])], "assessment test"),
    "qti-assessment-test",
  );
  expect(assessment["@_xmlns"]).toBe(ASI_NS);
  expect(assessment["@_identifier"]).toMatch(/^[A-Za-z_][\w.-]*$/);
  const refs = at(assessment, "qti-test-part", "qti-assessment-section")[
    "qti-assessment-item-ref"
  ] as Node[];
  expect(refs.map((ref) => [ref["@_identifier"], ref["@_href"]])).toEqual(
    quiz.questions.map((question) => [question.id, `items/${question.id}.xml`]),
  );
}

/**
 * The attributes the 1EdTech QTI 3.0 schema (imsqti_asiv3p0_v1p0.xsd) declares on each root
 * element we write, plus the namespace declarations and `xsi:schemaLocation` every XML document
 * may carry. `xml:lang` is declared on items and stimuli, not on the assessment test.
 */
const STIMULUS_ATTRIBUTES = [
  "identifier",
  "title",
  "label",
  "xml:lang",
  "tool-name",
  "tool-version",
];
const SCHEMA_ROOT_ATTRIBUTES: Record<string, readonly string[]> = {
  "qti-assessment-test": ["identifier", "title", "class", "tool-name", "tool-version"],
  "qti-assessment-item": [...STIMULUS_ATTRIBUTES, "adaptive", "time-dependent"],
  "qti-assessment-stimulus": STIMULUS_ATTRIBUTES,
};
const ANY_DOCUMENT = ["xmlns", "xmlns:xsi", "xsi:schemaLocation"];

/** The root element's name and its attributes' names, read by the XML parser. */
function rootAttributeNames(bytes: Uint8Array | undefined): [string, string[]] {
  const document = parser.parse(strFromU8(bytes ?? new Uint8Array())) as Node;
  const [name = "", root] = Object.entries(document).find(([key]) => key !== "?xml") ?? [];
  const names = Object.keys(root as Node)
    .filter((key) => key.startsWith("@_"))
    .map((key) => key.slice(2));
  return [name, names];
}

describe("toQtiPackage", () => {
  it("writes on each root only the attributes the QTI 3.0 schema allows there", () => {
    const files = unzipSync(toQtiPackage(trickyQuiz));
    const roots = Object.entries(files)
      .filter(([name]) => name !== "imsmanifest.xml")
      .map(([, bytes]) => rootAttributeNames(bytes));
    expect(roots.map(([name]) => name).sort()).toEqual([
      "qti-assessment-item",
      "qti-assessment-item",
      "qti-assessment-item",
      "qti-assessment-item",
      "qti-assessment-item",
      "qti-assessment-item",
      "qti-assessment-stimulus",
      "qti-assessment-test",
    ]);
    for (const [name, attributes] of roots) {
      const allowed = [...(SCHEMA_ROOT_ATTRIBUTES[name] ?? []), ...ANY_DOCUMENT];
      expect(
        attributes.filter((attribute) => !allowed.includes(attribute)),
        name,
      ).toEqual([]);
      // The language stays where the schema has it: on what candidates read.
      expect(attributes.includes("xml:lang"), name).toBe(name !== "qti-assessment-test");
    }
  });

  it("zips a manifest, a test, the article and one item per question", () => {
    expectPackage(sampleQuiz);
    expect(Object.keys(unzipSync(toQtiPackage(sampleQuiz))).sort()).toEqual([
      "article.xml",
      "assessment-test.xml",
      "imsmanifest.xml",
      "items/q1.xml",
      "items/q2.xml",
      "items/q3.xml",
    ]);
  });

  it("escapes every text and keeps line breaks", () => {
    expectPackage(trickyQuiz);
  });

  it("makes identifiers of ids that cannot be one", () => {
    const files = unzipSync(toQtiPackage(trickyQuiz));
    const test = strFromU8(files["assessment-test.xml"] ?? new Uint8Array());
    expect(test).toContain('identifier="_7-tricky"');
  });

  it("keeps one map entry for forms that differ only in case", () => {
    const files = unzipSync(toQtiPackage(trickyQuiz));
    const item = strFromU8(files["items/q1.xml"] ?? new Uint8Array());
    expect(item.match(/map-key="A = B \{c\}"/gi)).toHaveLength(1);
  });
});
