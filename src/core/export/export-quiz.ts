/**
 * @module
 * The formats a quiz exports to, and turning a quiz into a file in one of them.
 */
import type { Quiz } from "../quiz/quiz";
import { toKeyView } from "../quiz/to-key-view";
import { toFileSlug } from "./file-slug";
import { toGift } from "./to-gift";
import { toMoodleXml } from "./to-moodle-xml";
import { toQtiPackage } from "./to-qti-package";
import { toQuizCsv } from "./to-quiz-csv";

/** A file to download. */
export interface ExportFile {
  /** `<slug of the title>.<extension>`. */
  filename: string;
  contentType: string;
  body: string | Uint8Array<ArrayBuffer>;
}

interface Format {
  /** What the format is for, as listed in errors. */
  label: string;
  extension: string;
  contentType: string;
  render: (quiz: Quiz) => string | Uint8Array<ArrayBuffer>;
}

const FORMATS = {
  // Moodle's importer accepts text/plain files; `.txt` is what its own GIFT export writes.
  gift: {
    label: "Moodle GIFT",
    extension: "gift.txt",
    contentType: "text/plain; charset=utf-8",
    render: toGift,
  },
  "moodle-xml": {
    label: "Moodle XML",
    extension: "xml",
    contentType: "application/xml; charset=utf-8",
    render: toMoodleXml,
  },
  qti: {
    label: "IMS QTI 3.0 package",
    extension: "zip",
    contentType: "application/zip",
    render: toQtiPackage,
  },
  csv: {
    label:
      "spreadsheet, one row per question, semicolon-separated for French Excel and LibreOffice",
    extension: "csv",
    contentType: "text/csv; charset=utf-8; header=present",
    render: toQuizCsv,
  },
  json: {
    label: "Ardoise answer key",
    extension: "json",
    contentType: "application/json; charset=utf-8",
    render: (quiz) => `${JSON.stringify(toKeyView(quiz), null, 2)}\n`,
  },
} satisfies Record<string, Format>;

/** A format a quiz exports to. */
export type QuizExportFormat = keyof typeof FORMATS;

/** Every format name, in the order they are offered, with what each is for. */
export const QUIZ_EXPORT_FORMATS: readonly { name: QuizExportFormat; label: string }[] =
  Object.entries(FORMATS).map(([name, { label }]) => ({ name: name as QuizExportFormat, label }));

/**
 * Whether `name` is a format `exportQuiz` knows.
 *
 * @example
 * isQuizExportFormat("gift"); // true
 * isQuizExportFormat("docx"); // false
 */
export function isQuizExportFormat(name: string): name is QuizExportFormat {
  return Object.hasOwn(FORMATS, name);
}

/**
 * The quiz as a file in `format`, with the name and content type to download it under.
 *
 * @example
 * exportQuiz(quiz, "moodle-xml");
 * // { filename: "un-ministre-a-rabat.xml", contentType: "application/xml; charset=utf-8", body: "<?xml…" }
 */
export function exportQuiz(quiz: Quiz, format: QuizExportFormat): ExportFile {
  const { extension, contentType, render } = FORMATS[format];
  return { filename: `${toFileSlug(quiz.title)}.${extension}`, contentType, body: render(quiz) };
}
