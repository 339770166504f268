/**
 * @module
 * A quiz as an IMS QTI 3.0 content package: a zip of `imsmanifest.xml`, an assessment test that
 * lists the items in order, the article as a shared stimulus, and one assessment item per
 * question, scored by the standard response-processing templates.
 */
import { strToU8, zipSync } from "fflate";
import type { Question, Quiz } from "../quiz/quiz";
import { acceptedForms } from "./accepted-forms";
import { escapeXml } from "./escape-xml";

const ASI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const ASI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
const CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const ARTICLE_FILE = "article.xml";
const TEST_FILE = "assessment-test.xml";

/** True and false as the two choices of a true/false item. */
const TRUTH_CHOICES = [
  { id: "true", text: "Vrai" },
  { id: "false", text: "Faux" },
] as const;

/**
 * A QTI identifier (an XML name: a letter or `_`, then letters, digits, `_ . -`). Quiz, question
 * and option ids already are, apart from quiz ids that begin with a digit or `-`; anything
 * else is replaced by `_`.
 */
function toIdentifier(raw: string): string {
  const name = raw.replace(/[^A-Za-z0-9_.-]/g, "_");
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

function attributes(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

/** Text with its line breaks kept, for inline content. */
function inline(text: string): string {
  return escapeXml(text).replace(/\r\n?|\n/g, "<br/>");
}

/**
 * The attributes of a root element: namespace, schema, identifier and title, and `xml:lang` where
 * the schema allows it (items and stimuli; not the assessment test, whose type declares only
 * `identifier`, `title`, `class`, `tool-name` and `tool-version`).
 */
function rootAttributes(identifier: string, title: string, language?: string) {
  return attributes({
    xmlns: ASI_NS,
    "xmlns:xsi": XSI_NS,
    "xsi:schemaLocation": `${ASI_NS} ${ASI_XSD}`,
    identifier,
    title,
    ...(language === undefined ? {} : { "xml:lang": language }),
  });
}

/** Where each question's item lives in the package, and its identifiers. */
interface ItemFile {
  question: Question;
  identifier: string;
  href: string;
}

function responseDeclaration(question: Question): string[] {
  switch (question.type) {
    case "single_choice":
    case "true_false": {
      const right =
        question.type === "true_false" ? String(question.answer) : toIdentifier(question.answer);
      return [
        '  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">',
        `    <qti-correct-response><qti-value>${escapeXml(right)}</qti-value></qti-correct-response>`,
        "  </qti-response-declaration>",
      ];
    }
    case "short_answer": {
      // Case-insensitive keys that differ only in case would be the same entry twice.
      const forms = [
        ...new Map(acceptedForms(question).map((form) => [form.toLowerCase(), form])).values(),
      ];
      return [
        '  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">',
        `    <qti-correct-response><qti-value>${escapeXml(question.answer)}</qti-value></qti-correct-response>`,
        '    <qti-mapping default-value="0" lower-bound="0" upper-bound="1">',
        ...forms.map(
          (form) =>
            `      <qti-map-entry${attributes({ "map-key": form, "mapped-value": "1", "case-sensitive": "false" })}/>`,
        ),
        "    </qti-mapping>",
        "  </qti-response-declaration>",
      ];
    }
  }
}

function interaction(question: Question): string[] {
  if (question.type === "short_answer") {
    // Room for the longest accepted form, within reason.
    const length = Math.min(60, Math.max(15, ...acceptedForms(question).map((f) => f.length)));
    return [
      `    <p>${inline(question.prompt)}</p>`,
      `    <p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${length}"/></p>`,
    ];
  }
  const choices =
    question.type === "true_false"
      ? TRUTH_CHOICES
      : question.options.map((option) => ({ id: toIdentifier(option.id), text: option.text }));
  // Options are stored in an order that gives nothing away; Vrai before Faux reads naturally.
  const shuffle = question.type === "single_choice";
  return [
    `    <qti-choice-interaction response-identifier="RESPONSE" shuffle="${shuffle}" max-choices="1">`,
    `      <qti-prompt>${inline(question.prompt)}</qti-prompt>`,
    ...choices.map(
      (choice) =>
        `      <qti-simple-choice${attributes({ identifier: choice.id })}>${inline(choice.text)}</qti-simple-choice>`,
    ),
    "    </qti-choice-interaction>",
  ];
}

function item(quiz: Quiz, { question, identifier }: ItemFile): string {
  const template = question.type === "short_answer" ? "map_response" : "match_correct";
  return [
    XML_DECLARATION,
    `<qti-assessment-item${rootAttributes(identifier, question.id.toUpperCase(), quiz.language)} adaptive="false" time-dependent="false">`,
    ...responseDeclaration(question),
    '  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">',
    "    <qti-default-value><qti-value>0</qti-value></qti-default-value>",
    "  </qti-outcome-declaration>",
    `  <qti-assessment-stimulus-ref${attributes({ identifier: "article", href: `../${ARTICLE_FILE}`, title: quiz.article.title })}/>`,
    "  <qti-item-body>",
    ...interaction(question),
    // The sentence that justifies the answer, for whoever marks; candidates do not see it.
    '    <qti-rubric-block view="scorer" use="scoring">',
    `      <qti-content-body><p>${inline(question.evidence.text)}</p></qti-content-body>`,
    "    </qti-rubric-block>",
    "  </qti-item-body>",
    `  <qti-response-processing template="${TEMPLATES}/${template}.xml"/>`,
    "</qti-assessment-item>",
    "",
  ].join("\n");
}

function stimulus(quiz: Quiz): string {
  const { title, paragraphs } = quiz.article;
  return [
    XML_DECLARATION,
    `<qti-assessment-stimulus${rootAttributes("article", title, quiz.language)}>`,
    "  <qti-stimulus-body>",
    `    <h2>${inline(title)}</h2>`,
    ...paragraphs.map((text) => `    <p>${inline(text)}</p>`),
    "  </qti-stimulus-body>",
    "</qti-assessment-stimulus>",
    "",
  ].join("\n");
}

function assessmentTest(quiz: Quiz, items: ItemFile[]): string {
  return [
    XML_DECLARATION,
    `<qti-assessment-test${rootAttributes(toIdentifier(quiz.id), quiz.title)}>`,
    '  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>',
    '  <qti-test-part identifier="part" navigation-mode="nonlinear" submission-mode="simultaneous">',
    `    <qti-assessment-section${attributes({ identifier: "questions", title: quiz.title, visible: "true" })}>`,
    ...items.map(
      ({ identifier, href }) =>
        `      <qti-assessment-item-ref${attributes({ identifier, href })}/>`,
    ),
    "    </qti-assessment-section>",
    "  </qti-test-part>",
    "  <qti-outcome-processing>",
    '    <qti-set-outcome-value identifier="SCORE">',
    '      <qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum>',
    "    </qti-set-outcome-value>",
    "  </qti-outcome-processing>",
    "</qti-assessment-test>",
    "",
  ].join("\n");
}

function resource(
  identifier: string,
  type: string,
  href: string,
  dependencies: string[] = [],
): string[] {
  return [
    `    <resource${attributes({ identifier, type, href })}>`,
    `      <file${attributes({ href })}/>`,
    ...dependencies.map((id) => `      <dependency${attributes({ identifierref: id })}/>`),
    "    </resource>",
  ];
}

function manifest(quiz: Quiz, items: ItemFile[]): string {
  const itemResource = (identifier: string) => `item-${identifier}`;
  return [
    XML_DECLARATION,
    `<manifest${attributes({
      xmlns: CP_NS,
      "xmlns:xsi": XSI_NS,
      "xsi:schemaLocation": `${CP_NS} ${CP_XSD}`,
      identifier: `manifest-${toIdentifier(quiz.id)}`,
    })}>`,
    "  <metadata>",
    "    <schema>QTI Package</schema>",
    "    <schemaversion>3.0.0</schemaversion>",
    "  </metadata>",
    "  <organizations/>",
    "  <resources>",
    ...resource(
      "test",
      "imsqti_test_xmlv3p0",
      TEST_FILE,
      items.map(({ identifier }) => itemResource(identifier)),
    ),
    ...resource("stimulus-article", "imsqti_stimulus_xmlv3p0", ARTICLE_FILE),
    ...items.flatMap(({ identifier, href }) =>
      resource(itemResource(identifier), "imsqti_item_xmlv3p0", href, ["stimulus-article"]),
    ),
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}

/**
 * The quiz as a QTI 3.0 package (zip bytes): `imsmanifest.xml`; `assessment-test.xml`, the items
 * in quiz order, SCORE summed; `article.xml`, the article as a `qti-assessment-stimulus` every
 * item refers to; and `items/<id>.xml` per question. A choice (true/false: Vrai/Faux) is
 * scored by `match_correct`; a short answer by `map_response`, every accepted form a
 * case-insensitive map entry worth 1. The evidence is a scorer-only rubric block.
 *
 * @example
 * const zip = toQtiPackage(quiz);
 * Object.keys(unzipSync(zip)); // ["imsmanifest.xml", "assessment-test.xml", "article.xml", "items/q1.xml", …]
 */
export function toQtiPackage(quiz: Quiz): Uint8Array<ArrayBuffer> {
  const items = quiz.questions.map((question) => {
    const identifier = toIdentifier(question.id);
    return { question, identifier, href: `items/${identifier}.xml` };
  });
  const files: Record<string, Uint8Array> = {
    "imsmanifest.xml": strToU8(manifest(quiz, items)),
    [TEST_FILE]: strToU8(assessmentTest(quiz, items)),
    [ARTICLE_FILE]: strToU8(stimulus(quiz)),
  };
  for (const file of items) files[file.href] = strToU8(item(quiz, file));
  // fflate allocates a plain ArrayBuffer; its types just do not say so.
  return zipSync(files) as Uint8Array<ArrayBuffer>;
}
