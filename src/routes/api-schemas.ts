/**
 * @module
 * The JSON the API answers with, as valibot schemas: they become the OpenAPI document's
 * `components.schemas` (src/routes/openapi.ts), and the tests parse real responses with them,
 * so the document cannot drift from what the routes send. Request bodies are not here: their
 * schemas are the validators themselves (new-quiz-body.ts, submission-body.ts).
 */
import * as v from "valibot";

const QUESTION_TYPES = ["single_choice", "true_false", "short_answer"] as const;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Where a paged list goes on. */
const nextCursor = v.pipe(
  v.nullable(v.string()),
  v.description("Pass as `cursor` for the next page; `null` on the last page."),
);

/** One invalid part of a request. */
export const FieldError = v.object({
  path: v.pipe(
    v.string(),
    v.description("Where: a dot path such as `answers.q9`, empty for the whole body."),
  ),
  message: v.pipe(v.string(), v.description("What is wrong and what to send instead.")),
});

/** RFC 9457 problem details: every error the API answers with. */
export const Problem = v.pipe(
  v.object({
    type: v.pipe(
      v.string(),
      v.description("`about:blank`, or `/problems/<slug>`: one slug per kind of problem."),
    ),
    title: v.string(),
    status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
    detail: v.pipe(
      v.string(),
      v.description("What went wrong with this request, for a person to act on."),
    ),
    errors: v.optional(
      v.pipe(v.array(FieldError), v.description("Only for invalid input: every problem found.")),
    ),
    language: v.optional(
      v.pipe(
        v.string(),
        v.description(
          "Only for `/problems/not-french`: the code of the language found (ISO 639-1, e.g. `en`).",
        ),
      ),
    ),
  }),
  v.description("RFC 9457 problem details, sent as `application/problem+json`."),
);

/** A quiz as listed. */
export const QuizSummary = v.object({
  id: v.string(),
  title: v.string(),
  language: v.pipe(v.string(), v.description("The article's language: `fr`.")),
  questionCount: count,
  public: v.pipe(
    v.boolean(),
    v.description("Listed to everyone: shipped quizzes, and created ones marked public."),
  ),
  published: v.pipe(
    v.boolean(),
    v.description(
      "`false` for a draft: students cannot open it; listed only with the teacher token.",
    ),
  ),
});

/** `POST /api/quizzes/:id/visibility`. */
export const QuizVisibility = v.object({ id: v.string(), public: v.boolean() });

/** `GET /api/quizzes`. */
export const QuizList = v.object({
  quizzes: v.pipe(
    v.array(QuizSummary),
    v.description(
      "The shipped quizzes first, then the created ones marked public and published (every one, drafts included, with the teacher token), newest first; `limit` of them.",
    ),
  ),
  nextCursor,
});

export const ChoiceOption = v.object({ id: v.string(), text: v.string() });

/** A question as students see it: no answer. */
export const StudentQuestion = v.object({
  id: v.pipe(v.string(), v.description("`q1`, `q2`…: the key of its answer in a submission.")),
  type: v.picklist(QUESTION_TYPES),
  prompt: v.string(),
  options: v.optional(
    v.pipe(v.array(ChoiceOption), v.description("Only for `single_choice` questions.")),
  ),
});

const Article = v.object({
  title: v.string(),
  byline: v.optional(v.pipe(v.string(), v.description("Who wrote the article, as credited."))),
  caption: v.optional(v.string()),
  published: v.optional(
    v.pipe(v.string(), v.description("Date and time as written in the article, ISO 8601.")),
  ),
  paragraphs: v.array(v.string()),
});

/** `GET /api/quizzes/:id`. */
export const StudentQuiz = v.object({
  id: v.string(),
  title: v.string(),
  language: v.literal("fr"),
  article: Article,
  questions: v.array(StudentQuestion),
});

/** The sentence of the article that justifies an answer. */
export const Evidence = v.object({
  text: v.string(),
  start: v.pipe(
    count,
    v.description("Offset of its first character in the paragraphs joined by blank lines."),
  ),
  end: v.pipe(count, v.description("Offset just past its last character.")),
});

/** A question with its answer key. */
export const KeyQuestion = v.object({
  ...StudentQuestion.entries,
  answer: v.pipe(
    v.union([v.string(), v.boolean()]),
    v.description(
      "The right option id (`single_choice`), truth value (`true_false`) or canonical answer.",
    ),
  ),
  accepted: v.optional(
    v.pipe(
      v.array(v.string()),
      v.description("Only for `short_answer` questions: every form marked right."),
    ),
  ),
  evidence: Evidence,
});

/** `GET /api/quizzes/:id/key`, and what `POST /api/quizzes` creates. */
export const KeyQuiz = v.object({
  ...StudentQuiz.entries,
  questions: v.array(KeyQuestion),
  published: v.pipe(
    v.boolean(),
    v.description("`false` for a draft: students cannot open it until it is published."),
  ),
  revision: v.pipe(
    count,
    v.description("Bumped by every change (`GET …/revisions`); 0 for a shipped quiz."),
  ),
});

/** `GET /api/quizzes/:id/alternatives`. */
export const AlternativeList = v.object({
  alternatives: v.pipe(
    v.array(KeyQuestion),
    v.description(
      "The generator's next-ranked questions, best first, ids `a1`, `a2`…: what `POST …/swap` takes.",
    ),
  ),
});

/** What a key edit answers: `POST …/accepted`, and `PATCH` with `answer` or `accepted`. */
export const Regrade = v.object({
  regraded: v.pipe(count, v.description("How many stored sheets were marked again.")),
  changed: v.pipe(
    v.object({ sheets: count, marks: count }),
    v.description("How many sheets got a new score, and how many marks changed in all."),
  ),
  quiz: KeyQuiz,
});

/** One entry of a quiz's revision history. */
export const Revision = v.object({
  revision: v.pipe(count, v.description("1 for the creation (or copy), then one per change.")),
  at: v.pipe(v.string(), v.description("ISO 8601, UTC.")),
  action: v.pipe(
    v.picklist(["create", "copy", "edit", "delete", "add", "move", "swap", "accept", "publish"]),
    v.description("What was done."),
  ),
  questionId: v.pipe(
    v.nullable(v.string()),
    v.description("The question concerned; `null` for the quiz as a whole."),
  ),
  before: v.pipe(
    v.unknown(),
    v.description("The question (key view), order, or state before; `null` when none."),
  ),
  after: v.pipe(v.unknown(), v.description("The same after the change; `null` when none.")),
  regrade: v.pipe(
    v.nullable(v.object({ regraded: count, changedSheets: count, changedMarks: count })),
    v.description("What marking the sheets again changed; `null` without stored sheets."),
  ),
});

/** `GET /api/quizzes/:id/revisions`. */
export const RevisionList = v.object({
  quizId: v.string(),
  revisions: v.pipe(v.array(Revision), v.description("Newest first, at most 200.")),
});

/** How one question of a sheet was marked. */
export const QuestionResult = v.object({
  questionId: v.string(),
  correct: v.boolean(),
  given: v.pipe(
    v.nullable(v.union([v.string(), v.boolean()])),
    v.description("The answer as given; `null` when left unanswered."),
  ),
  expected: v.pipe(
    v.string(),
    v.description("The right answer for display: the option's text, Vrai / Faux, or the text."),
  ),
  spelling: v.optional(
    v.pipe(
      v.string(),
      v.description(
        "Only for a short answer marked right despite typos (`Charle Michel`): the right spelling of what was recognised (`Charles Michel`), to show beside it.",
      ),
    ),
  ),
  evidence: Evidence,
});

/** `POST /api/quizzes/:id/submissions`. */
export const MarkedSubmission = v.object({
  id: v.string(),
  quizId: v.string(),
  score: count,
  maxScore: count,
  results: v.pipe(v.array(QuestionResult), v.description("One per question, in order.")),
});

const rate = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));

/** How one question fared across the class. */
export const QuestionStats = v.object({
  questionId: v.string(),
  prompt: v.string(),
  correctRate: v.pipe(
    rate,
    v.description("Share of the submissions that got it right; `null` with none."),
  ),
  discrimination: v.pipe(
    v.nullable(v.pipe(v.number(), v.minValue(-1), v.maxValue(1))),
    v.description(
      "Right-answer rate in the best 27% of sheets minus in the worst 27%; `null` under 4 submissions.",
    ),
  ),
  commonWrong: v.pipe(
    v.array(v.object({ answer: v.string(), count })),
    v.description("The 3 commonest wrong answers, most given first."),
  ),
});

/** A submission among the recent ones. */
export const RecentSubmission = v.object({
  id: v.string(),
  student: v.nullable(v.string()),
  score: count,
  maxScore: count,
  createdAt: v.pipe(v.string(), v.description("ISO 8601, UTC.")),
});

/** `GET /api/quizzes/:id/results`. */
export const QuizResults = v.object({
  quizId: v.string(),
  submissions: count,
  meanScore: v.nullable(v.number()),
  medianScore: v.nullable(v.number()),
  maxScore: count,
  distribution: v.pipe(
    v.array(v.object({ score: count, count })),
    v.description("How many submissions got each score, from 0 to maxScore."),
  ),
  questions: v.array(QuestionStats),
  recent: v.pipe(v.array(RecentSubmission), v.description("Newest first, `limit` of them.")),
  nextCursor,
});

const isoTime = v.pipe(v.string(), v.description("ISO 8601, UTC."));
const FEEDBACK = ["immediate", "after-close"] as const;

/** An assignment, as the teacher sees it. */
export const Assignment = v.object({
  id: v.string(),
  quizId: v.string(),
  quizTitle: v.string(),
  label: v.pipe(v.string(), v.description("The class or session.")),
  joinCode: v.pipe(
    v.string(),
    v.regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/),
    v.description("6 characters, without 0/O or 1/I/L: what students type."),
  ),
  joinUrl: v.pipe(v.string(), v.description("The students' page: `/j/<code>`.")),
  feedback: v.pipe(
    v.picklist(FEEDBACK),
    v.description(
      "`immediate`: students see the expected answers at once; `after-close`: only the score until it closes.",
    ),
  ),
  closesAt: v.pipe(
    v.nullable(v.string()),
    v.description("ISO 8601, UTC; `null`: no closing time."),
  ),
  closedAt: v.pipe(
    v.nullable(v.string()),
    v.description("When the teacher closed it early; `null` otherwise."),
  ),
  closed: v.pipe(
    v.boolean(),
    v.description("Takes no more sheets (closed early or past closesAt)."),
  ),
  createdAt: isoTime,
  submissions: count,
});

/** `GET /api/assignments`. */
export const AssignmentList = v.object({
  assignments: v.pipe(v.array(Assignment), v.description("Newest first.")),
});

/** `GET /api/join/:code`: what a student sees of an assignment. */
export const JoinView = v.object({
  assignmentId: v.string(),
  label: v.string(),
  closed: v.boolean(),
  closesAt: v.nullable(v.string()),
  feedback: v.picklist(FEEDBACK),
  quiz: StudentQuiz,
});

/** A question's mark while the expected answers are withheld (`after-close`, still open). */
export const WithheldResult = v.object({
  questionId: v.string(),
  correct: v.boolean(),
  given: v.nullable(v.union([v.string(), v.boolean()])),
});

/** `POST /api/join/:code/submissions`. */
export const AssignmentSubmission = v.object({
  id: v.string(),
  quizId: v.string(),
  assignmentId: v.string(),
  feedback: v.picklist(FEEDBACK),
  score: count,
  maxScore: count,
  results: v.pipe(
    v.array(v.union([QuestionResult, WithheldResult])),
    v.description(
      "One per question; without `expected` and `evidence` while an `after-close` assignment is open.",
    ),
  ),
});

/** One student's line of the class sheet. */
export const StudentSheet = v.object({
  name: v.string(),
  score: count,
  maxScore: count,
  submittedAt: isoTime,
  marks: v.array(
    v.object({
      questionId: v.string(),
      correct: v.boolean(),
      given: v.pipe(
        v.nullable(v.union([v.string(), v.boolean()])),
        v.description("The answer as sent; `null` when skipped."),
      ),
    }),
  ),
});

/** `GET /api/assignments/:id/results`: the quiz results' figures for one class, and its sheet. */
export const AssignmentResults = v.object({
  ...QuizResults.entries,
  assignmentId: v.string(),
  label: v.string(),
  closed: v.boolean(),
  students: v.pipe(v.array(StudentSheet), v.description("One per student, sorted by name.")),
});

/**
 * Every schema the document names, by its name in `#/components/schemas/`.
 *
 * @example
 * v.parse(API_SCHEMAS.QuizResults, await response.json());
 */
export const API_SCHEMAS = {
  Problem,
  FieldError,
  QuizList,
  QuizSummary,
  StudentQuiz,
  StudentQuestion,
  ChoiceOption,
  KeyQuiz,
  KeyQuestion,
  AlternativeList,
  Regrade,
  Revision,
  RevisionList,
  Evidence,
  MarkedSubmission,
  QuestionResult,
  QuizResults,
  QuestionStats,
  RecentSubmission,
  QuizVisibility,
  Assignment,
  AssignmentList,
  JoinView,
  AssignmentSubmission,
  WithheldResult,
  AssignmentResults,
  StudentSheet,
} as const;
