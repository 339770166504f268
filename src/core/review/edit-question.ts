/**
 * @module
 * Applies a teacher's changes to one question (or writes a new one) and checks that the result
 * is a question the quiz can ask and mark: options, answer, accepted forms and evidence that
 * fit together and fit the article.
 */
import type { Article } from "../article/article";
import { markAnswer } from "../marking/mark-answer";
import { normaliseAnswer } from "../marking/normalise-answer";
import type { ChoiceOption, Evidence, Question, QuestionType } from "../quiz/quiz";
import { articleBody } from "./article-body";

/** Where evidence lies: offsets into the body, or a passage to find in it. */
export type EvidenceInput = { start: number; end: number } | { text: string };

/** The fields of a question a teacher may set; absent ones keep their value. */
export interface QuestionFields {
  type?: QuestionType;
  prompt?: string;
  /** `single_choice`: 3 to 5 options with distinct texts; `answer` names the right one's id. */
  options?: ChoiceOption[];
  /** An option id, `true`/`false`, or the canonical short answer. */
  answer?: string | boolean;
  /** `short_answer`: the other forms marked right (the answer itself always is). */
  accepted?: string[];
  evidence?: EvidenceInput;
}

/** One thing wrong with the fields, by dot path (`options.2.text`), for a person to fix. */
export interface FieldProblem {
  path: string;
  message: string;
}

export type EditResult = { question: Question } | { errors: FieldProblem[] };

/** The ids options get, in alphabetical order of their texts, as the generator gives them. */
const OPTION_IDS = ["a", "b", "c", "d", "e"];
const collator = new Intl.Collator("fr", { sensitivity: "base" });

/**
 * The question once `fields` are applied to `question` (or, without one, a new question with
 * id `id`), or what is wrong. A question whose type changes takes nothing of its old key.
 *
 * @example
 * editQuestion(article, question, { prompt: "Qui dirige la DSITI ?" });
 * // { question: { ...question, prompt: "Qui dirige la DSITI ?" } }
 * editQuestion(article, undefined, { type: "true_false", prompt: "…" }, "q11");
 * // { errors: [{ path: "answer", message: "…" }, { path: "evidence", message: "…" }] }
 */
export function editQuestion(
  article: Article,
  question: Question | undefined,
  fields: QuestionFields,
  id = question?.id ?? "",
): EditResult {
  const errors: FieldProblem[] = [];
  const type = fields.type ?? question?.type;
  const same = question !== undefined && question.type === type ? question : undefined;
  const prompt = fields.prompt ?? question?.prompt;
  if (type === undefined) errors.push({ path: "type", message: TYPE_REQUIRED });
  if (prompt === undefined) errors.push({ path: "prompt", message: "prompt is required." });
  const evidence = fields.evidence
    ? locateEvidence(article, fields.evidence, errors)
    : question?.evidence;
  if (!evidence && !fields.evidence) {
    errors.push({ path: "evidence", message: EVIDENCE_REQUIRED });
  }
  if (type === undefined) return { errors };
  // Missing parts are reported, and the rest is still checked: every problem at once.
  const base = {
    id,
    prompt: prompt ?? "",
    kind: same?.kind ?? ("phrase" as const),
    evidence: evidence ?? { text: "", start: 0, end: 0 },
  };

  let built: Question | undefined;
  if (type === "true_false") {
    const answer = fields.answer ?? same?.answer;
    if (typeof answer !== "boolean") {
      errors.push({ path: "answer", message: "A true/false question's answer is true or false." });
    } else built = { ...base, type, answer };
  } else if (type === "single_choice") {
    built = buildChoice(base, same?.type === type ? same : undefined, fields, errors);
  } else {
    built = buildShortAnswer(base, same?.type === type ? same : undefined, fields, errors);
  }
  return errors.length > 0 || !built ? { errors } : { question: built };
}

const TYPE_REQUIRED = "type is required: single_choice, true_false or short_answer.";
const EVIDENCE_REQUIRED =
  "evidence is required: the passage of the article that justifies the answer, as { text } " +
  "(copied from the article) or { start, end }.";

type Base = Pick<Question, "id" | "prompt" | "kind" | "evidence">;

function buildChoice(
  base: Base,
  same: Extract<Question, { type: "single_choice" }> | undefined,
  fields: QuestionFields,
  errors: FieldProblem[],
): Question | undefined {
  const given = fields.options ?? same?.options;
  if (!given) {
    errors.push({ path: "options", message: "A multiple-choice question needs 3 to 5 options." });
    return undefined;
  }
  const before = errors.length;
  if (given.length < 3 || given.length > 5) {
    errors.push({
      path: "options",
      message: `A multiple-choice question has 3 to 5 options (got ${given.length}).`,
    });
  }
  const seenIds = new Set<string>();
  const seenTexts = new Map<string, number>();
  given.forEach((option, index) => {
    if (seenIds.has(option.id)) {
      errors.push({ path: `options.${index}.id`, message: `Option id ${option.id} is repeated.` });
    }
    seenIds.add(option.id);
    const key = normaliseAnswer(option.text) || option.text.trim().toLowerCase();
    const first = seenTexts.get(key);
    if (first !== undefined) {
      errors.push({
        path: `options.${index}.text`,
        message: `This option says the same as option ${first + 1} ("${option.text}"); options must differ.`,
      });
    } else seenTexts.set(key, index);
  });
  const answer = fields.answer ?? same?.answer;
  if (typeof answer !== "string" || !seenIds.has(answer)) {
    errors.push({
      path: "answer",
      message: `answer must be the id of the right option, one of ${[...seenIds].join(", ")}.`,
    });
  }
  if (errors.length > before || typeof answer !== "string") return undefined;
  if (same && sameOptions(given, same.options)) {
    return { ...base, type: "single_choice", options: same.options, answer };
  }
  const rightText = given.find((option) => option.id === answer)?.text;
  const options = sorted(given);
  const right = options.find((option) => option.text === rightText)?.id ?? "a";
  return { ...base, type: "single_choice", options, answer: right };
}

/** Options sorted alphabetically and renamed `a`, `b`…: their order says nothing of the key. */
function sorted(options: ChoiceOption[]): ChoiceOption[] {
  return [...options]
    .sort((a, b) => collator.compare(a.text, b.text))
    .map((option, index) => ({ id: OPTION_IDS[index] ?? `o${index}`, text: option.text }));
}

/** The same options, ids and texts, whatever their order: kept as they were. */
function sameOptions(given: ChoiceOption[], current: ChoiceOption[]): boolean {
  if (given.length !== current.length) return false;
  const texts = new Map(current.map((option) => [option.id, option.text]));
  return given.every((option) => texts.get(option.id) === option.text);
}

function buildShortAnswer(
  base: Base,
  same: Extract<Question, { type: "short_answer" }> | undefined,
  fields: QuestionFields,
  errors: FieldProblem[],
): Question | undefined {
  const answer = fields.answer ?? same?.answer;
  if (typeof answer !== "string" || answer.trim() === "") {
    errors.push({ path: "answer", message: "A short-answer question needs its answer, as text." });
    return undefined;
  }
  const canonical = answer.trim();
  // Each form with where it came from, so that a refusal points at the right field.
  const forms = uniqueForms([
    [canonical, "answer"],
    ...(fields.accepted
      ? fields.accepted.map((form, index): [string, string] => [form, `accepted.${index}`])
      : (same?.accepted ?? []).map((form): [string, string] => [form, "accepted"])),
  ]);
  const accepted = forms.map(([form]) => form);
  const acceptedKeys = new Set(accepted.map(normaliseAnswer));
  // A form the teacher accepts can no longer be one the marking rules count as another entity.
  const rejected = (same?.rejected ?? []).filter(
    (form) => !acceptedKeys.has(normaliseAnswer(form)),
  );
  // The date or number read from the old answer would mark against it: only kept with it.
  const keepsValue = same !== undefined && same.answer === canonical;
  const question: Question = {
    ...base,
    type: "short_answer",
    answer: canonical,
    accepted,
    rejected,
    ...(keepsValue && same.date !== undefined ? { date: same.date } : {}),
    ...(keepsValue && same.value !== undefined ? { value: same.value } : {}),
  };
  // Every accepted form must then be marked right, or the teacher would believe it is.
  for (const [form, path] of forms) {
    if (markAnswer(question, form).correct) continue;
    const checked = question.date ?? question.value;
    errors.push({
      path,
      message:
        checked !== undefined
          ? `"${form}" would still be marked wrong: this question checks the ${question.date !== undefined ? "date" : "number"} itself (${checked}). Change the answer instead.`
          : `"${form}" would still be marked wrong by the marking rules.`,
    });
  }
  return question;
}

/** Trimmed, without blanks or repeats (exact text), in the order given, each with its path. */
function uniqueForms(forms: [string, string][]): [string, string][] {
  const seen = new Set<string>();
  const kept: [string, string][] = [];
  for (const [text, path] of forms) {
    const form = text.trim();
    if (form === "" || seen.has(form)) continue;
    seen.add(form);
    kept.push([form, path]);
  }
  return kept;
}

/**
 * The evidence the input names, checked to lie inside the article's body, or `undefined` with
 * the problem added to `errors`.
 */
function locateEvidence(
  article: Article,
  input: EvidenceInput,
  errors: FieldProblem[],
): Evidence | undefined {
  const body = articleBody(article);
  if ("text" in input) {
    const text = input.text.trim();
    const start = text === "" ? -1 : body.indexOf(text);
    if (start < 0) {
      errors.push({
        path: "evidence.text",
        message:
          "This passage is not in the article: copy a sentence of the article exactly, as it is written.",
      });
      return undefined;
    }
    return { text, start, end: start + text.length };
  }
  const { start, end } = input;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end)) {
    errors.push({
      path: "evidence",
      message: "evidence.start and evidence.end must be whole numbers with start < end.",
    });
    return undefined;
  }
  if (end > body.length) {
    errors.push({
      path: "evidence.end",
      message: `evidence.end must lie inside the article's text, which has ${body.length} characters.`,
    });
    return undefined;
  }
  const text = body.slice(start, end);
  if (text.trim() === "") {
    errors.push({ path: "evidence", message: "This range of the article holds no text." });
    return undefined;
  }
  return { text, start, end };
}
