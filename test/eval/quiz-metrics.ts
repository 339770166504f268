/**
 * @module
 * Measures of a quiz as a whole, as the issue's targets state them: the form of each question
 * (from its prompt's first words), gap-fill share, answers given away by another question, the
 * same answer asked twice, crowded sentences and true/false statements copied from the article.
 */
import { findQuantities } from "../../src/core/french/find-quantities";
import { isFunctionWord } from "../../src/core/french/lexicon/common-words";
import { valuesIn } from "../../src/core/french/values-in";
import { normaliseAnswer } from "../../src/core/marking/normalise-answer";
import type { Question } from "../../src/core/quiz/quiz";
import { containsWords } from "./match-answer";
import { rightAnswer } from "./right-answer";

/** The forms the issue grades by, in the order the report lists them. */
export const QUESTION_FORMS = [
  "who",
  "what",
  "when",
  "where",
  "how many",
  "why",
  "role",
  "acronym",
  "gap-fill",
  "true-false",
  "other",
] as const;

export type QuestionForm = (typeof QUESTION_FORMS)[number];

/** More than this many questions from one sentence crowd it (issue 10: at most 2). */
export const MAX_PER_SENTENCE = 2;

// First words of a prompt, most specific first: `Quelle fonction…` is a role before it is a
// `what`, `Qui est le…` names a person by role.
const FORM_PATTERNS: [QuestionForm, RegExp][] = [
  ["gap-fill", /^Complétez(?!\p{L})/u],
  ["acronym", /^(?:Que (?:signifie|veut dire)|Quel est le sigle|De quoi .* est-il le sigle)/u],
  [
    "role",
    /^(?:Quel(?:le)? (?:fonction|poste|rôle|métier|profession|titre|mandat)|Quelle est la fonction|Quel est le (?:rôle|poste|métier|titre)|Qui est (?:le|la|l['’]|les) )/u,
  ],
  [
    "when",
    /^(?:Quand|Depuis quand|Jusqu['’]à quand|À partir de quand|(?:En|À|Depuis|Dans) quel(?:le)? (?:année|date|jour|mois|siècle|heure|saison)|Quel(?:le)? (?:année|date|jour|mois|siècle|heure))/u,
  ],
  [
    "where",
    /^(?:Où|D['’]où|Par où|(?:Dans|En|De|À|Vers|Sur) quel(?:le)?s? (?:ville|pays|région|province|canton|commune|wilaya|département|lieu|quartier|localité|continent|village|site|stade|salle|île)|Quel(?:le)? (?:ville|pays|région|province|canton|commune|wilaya|lieu|quartier))/u,
  ],
  [
    "how many",
    /^(?:Combien|À combien|Pour combien|De combien|De quel pourcentage|Quel (?:nombre|montant|âge))/u,
  ],
  ["why", /^(?:Pourquoi|Pour quelle raison|Dans quel but)/u],
  ["who", /^(?:Qui|(?:Par|À|Avec|De|Pour|Contre|Selon|Chez) qui)(?!\p{L})/u],
  [
    "what",
    /^(?:Qu['’]|(?:Que|Quoi|Quel|Quelle|Quels|Quelles|(?:Par|À|De|Avec|Dans|Sur|Pour|En) (?:quoi|quel|quelle|quels|quelles))(?!\p{L}))/u,
  ],
];

/**
 * The form of a question, from its type and its prompt's first words.
 *
 * @example
 * questionForm({ type: "short_answer", prompt: "Qui a signé l'accord ?" } as Question); // "who"
 * questionForm({ type: "short_answer", prompt: "Complétez : « … »" } as Question); // "gap-fill"
 */
export function questionForm(question: Pick<Question, "type" | "prompt">): QuestionForm {
  if (question.type === "true_false") return "true-false";
  const prompt = question.prompt.trim();
  return FORM_PATTERNS.find(([, pattern]) => pattern.test(prompt))?.[0] ?? "other";
}

/** One finding of a quiz-level measure. */
export interface QuizFinding {
  questionId: string;
  prompt: string;
  detail: string;
}

/**
 * Questions whose right answer (or an accepted form) stands as whole words in another
 * question's prompt or true/false statement, or whose count another gives by its next ordinal
 * (`8 classes`, `une 9e classe`). Bare 1–2 digit numbers are left out: `12` in a date of another
 * prompt gives nothing away.
 *
 * @example
 * giveAways([whoSigned, statementNamingTheSigner]); // [{ questionId: whoSigned.id, … }]
 */
export function giveAways(questions: Question[]): QuizFinding[] {
  // `quatre-vingt-cinq personnes` in a prompt gives away *85 personnes* (round 71): counts
  // written in words are read in digits too.
  const prompts = questions.map((question) => ({
    id: question.id,
    normalised: [
      normaliseAnswer(question.prompt),
      ...findQuantities(question.prompt)
        .filter((quantity) => /^\p{L}/u.test(quantity.text) && quantity.unit !== "")
        .map((quantity) => normaliseAnswer(`${quantity.value} ${quantity.unit}`)),
    ].join(" | "),
  }));
  const findings: QuizFinding[] = [];
  for (const question of questions) {
    const forms = (rightAnswer(question)?.forms ?? [])
      .map(normaliseAnswer)
      .filter((form) => form.length >= 2 && !/^\d{1,2}$/u.test(form));
    // `8 classes` is given away by `une 9e classe` (blind grading, round 9): the next ordinal.
    for (const form of [...forms]) {
      const count = /^(\d{1,3}) (\p{Ll}+)[sx]$/u.exec(form);
      if (count) forms.push(`${Number(count[1]) + 1}e ${count[2]}`);
    }
    for (const other of prompts) {
      if (other.id === question.id) continue;
      const shown = forms.find((form) => containsWords(other.normalised, form));
      if (shown === undefined) continue;
      findings.push({
        questionId: question.id,
        prompt: question.prompt,
        detail: `« ${shown} » stands in ${other.id}`,
      });
      break;
    }
  }
  return findings;
}

/**
 * Phrase answers a question on the same sentence tells: *Qui a transformé le penalty ?* next to
 * *Grâce à quoi les Olympiens ont-ils égalisé ? → grâce à un penalty …* (blind grading, round 74:
 * answer given away). A content word (5 letters or more) of the answer in the other's prompt.
 *
 * @example
 * sentenceTells([why, whoScored]); // [{ questionId: why.id, … }]
 */
export function sentenceTells(questions: Question[]): QuizFinding[] {
  const findings: QuizFinding[] = [];
  for (const question of questions) {
    if (question.kind !== "phrase" || question.prompt.startsWith("Complétez")) continue;
    const form = normaliseAnswer(rightAnswer(question)?.forms[0] ?? "");
    const words = form.split(" ").filter((word) => word.length >= 5 && !isFunctionWord(word));
    for (const other of questions) {
      if (other === question || other.evidence.start !== question.evidence.start) continue;
      const prompt = ` ${normaliseAnswer(other.prompt)} `;
      const told = words.find((word) => prompt.includes(` ${word} `));
      if (told === undefined) continue;
      findings.push({
        questionId: question.id,
        prompt: question.prompt,
        detail: `« ${told} » stands in ${other.id}, on the same sentence`,
      });
      break;
    }
  }
  return findings;
}

/** Questions whose answer (any accepted form) equals an earlier question's, once normalised. */
export function repeatedAnswers(questions: Question[]): QuizFinding[] {
  const seen = new Map<string, string>();
  const findings: QuizFinding[] = [];
  for (const question of questions) {
    const forms = [...new Set((rightAnswer(question)?.forms ?? []).map(normaliseAnswer))].filter(
      (form) => form !== "",
    );
    const earlier = forms.map((form) => [form, seen.get(form)] as const).find(([, id]) => id);
    if (earlier) {
      findings.push({
        questionId: question.id,
        prompt: question.prompt,
        detail: `« ${earlier[0]} » already asked by ${earlier[1]}`,
      });
    }
    for (const form of forms) if (!seen.has(form)) seen.set(form, question.id);
  }
  return findings;
}

/**
 * Figures one quiz asks twice or states elsewhere, whatever they count (set CG: `9 600 passagers`
 * and `9 600 trajets`, both keys; `Vingt-cinq apprentis` in one prompt and *Combien de jeunes … ?
 * → 25 jeunes*): each question on such a figure after the first, or whose figure another prompt
 * states. Handfuls (under 10) and years are left out: `3 jours` and `3 buts` may well differ.
 */
export function figureEchoes(questions: Question[]): QuizFinding[] {
  const figureOf = (question: Question) => {
    if (question.kind !== "number") return undefined;
    // `10 millions FCFA` is 10 000 000, not the 10 it is written with.
    const values = valuesIn(rightAnswer(question)?.canonical ?? "");
    const value = values.length > 0 ? Math.max(...values) : undefined;
    if (value === undefined || value < 10) return undefined;
    return Number.isInteger(value) && value >= 1900 && value <= 2100 ? undefined : value;
  };
  const findings: QuizFinding[] = [];
  for (const [index, question] of questions.entries()) {
    const value = figureOf(question);
    if (value === undefined) continue;
    const echo = questions.find(
      (other, at) =>
        other !== question &&
        ((at < index && figureOf(other) === value) || valuesIn(other.prompt).includes(value)),
    );
    if (echo) {
      findings.push({
        questionId: question.id,
        prompt: question.prompt,
        detail: `${value} also in ${echo.id}`,
      });
    }
  }
  return findings;
}

/**
 * Questions whose keyed answer holds another question's answer (`un fonds d'urgence de 5
 * milliards d'ariary` and `5 milliards d'ariary`): one fact asked twice, each giving the other
 * away (blind grading, round 21). Answers of one word are left to `same-answer-twice`.
 */
export function nestedAnswers(questions: Question[]): QuizFinding[] {
  const answers = questions.map((question) => ({
    question,
    answer: ` ${normaliseAnswer(rightAnswer(question)?.forms[0] ?? "")} `,
  }));
  const findings: QuizFinding[] = [];
  for (const [index, { question, answer }] of answers.entries()) {
    const holder = answers.find(
      (other, otherIndex) =>
        otherIndex !== index &&
        answer.trim().includes(" ") &&
        other.answer !== answer &&
        other.answer.includes(answer),
    );
    if (holder) {
      findings.push({
        questionId: question.id,
        prompt: question.prompt,
        detail: `« ${answer.trim()} » stands in ${holder.question.id}'s answer`,
      });
    }
  }
  return findings;
}

/**
 * The questions beyond {@link MAX_PER_SENTENCE} that come from one sentence (same evidence
 * start), in quiz order.
 */
export function crowdedSentences(questions: Question[]): QuizFinding[] {
  const bySentence = new Map<number, Question[]>();
  for (const question of questions) {
    const list = bySentence.get(question.evidence.start) ?? [];
    list.push(question);
    bySentence.set(question.evidence.start, list);
  }
  return [...bySentence.values()].flatMap((list) =>
    list.slice(MAX_PER_SENTENCE).map((question) => ({
      questionId: question.id,
      prompt: question.prompt,
      detail: `${list.length} questions from the sentence at ${question.evidence.start} (${list.map((q) => q.id).join(", ")})`,
    })),
  );
}

/** Fewer words than this, a true statement is a short claim, not a copied sentence. */
const MIN_COPIED_WORDS = 5;

/**
 * True/false questions keyed true whose statement is the article's own words: once normalised,
 * the statement stands as whole words in the body (a sentence, or a clause of one, copied).
 */
export function copiedTrueStatements(questions: Question[], body: string): QuizFinding[] {
  const normalisedBody = normaliseAnswer(body);
  return questions
    .filter((question) => question.type === "true_false" && question.answer)
    .filter((question) => {
      const statement = normaliseAnswer(question.prompt);
      return (
        statement.split(" ").length >= MIN_COPIED_WORDS && containsWords(normalisedBody, statement)
      );
    })
    .map((question) => ({
      questionId: question.id,
      prompt: question.prompt,
      detail: "keyed true, copied word for word from the article",
    }));
}

/** The quiz-level measures of one quiz. */
export interface QuizMetrics {
  questions: number;
  gapFills: number;
  byForm: Record<QuestionForm, number>;
  giveAways: QuizFinding[];
  repeatedAnswers: QuizFinding[];
  crowdedSentences: QuizFinding[];
  copiedTrueStatements: QuizFinding[];
}

/** Every quiz-level measure of `questions`; `body` is `article.paragraphs.join("\n\n")`. */
export function quizMetrics(questions: Question[], body: string): QuizMetrics {
  const byForm = emptyFormCounts();
  for (const question of questions) byForm[questionForm(question)] += 1;
  return {
    questions: questions.length,
    gapFills: byForm["gap-fill"],
    byForm,
    giveAways: giveAways(questions),
    repeatedAnswers: repeatedAnswers(questions),
    crowdedSentences: crowdedSentences(questions),
    copiedTrueStatements: copiedTrueStatements(questions, body),
  };
}

/** A zero count for every form. */
export function emptyFormCounts(): Record<QuestionForm, number> {
  return Object.fromEntries(QUESTION_FORMS.map((form) => [form, 0])) as Record<
    QuestionForm,
    number
  >;
}
