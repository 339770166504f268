/**
 * @module
 * Quizzes kept parsed in the isolate, so that a request does not parse the stored JSON again:
 * the shipped ones for the isolate's life, the created ones in a bounded map keyed by id, with
 * the revision D1 held when it was last read, whether it was published then, and when
 * (quiz-catalog.ts checks it against D1 again, at once or after a second: a teacher may have
 * changed it in another isolate). Each kept quiz is frozen, since every request shares it, and
 * knows its version: cached-views.ts keys the bytes it renders once by that same object.
 */
import type { Quiz } from "./core/quiz/quiz";

/** Which version of a quiz an object is: shipped (revision 0, changes only with a release) or created. */
export interface QuizVersion {
  shipped: boolean;
  revision: number;
}

const versions = new WeakMap<Quiz, QuizVersion>();

/**
 * The version of a quiz object handed out by the catalog; `undefined` for any other object
 * (a quiz built by a request, which no cache may keep).
 *
 * @example
 * quizVersion(await findQuiz(env.DB, "belgique-maroc-dsiti-2016")); // { shipped: true, revision: 0 }
 */
export function quizVersion(quiz: Quiz): QuizVersion | undefined {
  return versions.get(quiz);
}

/**
 * Freezes `quiz` (deeply: every request shares it) and records its version.
 *
 * @example
 * const quiz = keepQuiz(JSON.parse(row.quiz), { shipped: false, revision: 3 });
 */
export function keepQuiz(quiz: Quiz, version: QuizVersion): Quiz {
  versions.set(deepFreeze(quiz), version);
  return quiz;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let quizWrites = 0;

/**
 * Notes that this isolate wrote to the stored quizzes (storage/quiz-store.ts and
 * quiz-revision-store.ts call it once their write is over, failed or not): what was read from
 * D1 before is read again (quiz-catalog.ts), so that an edit shows at once where it was made.
 *
 * @example
 * try { await db.prepare("UPDATE quizzes …").run(); } finally { noteQuizWrite(); }
 */
export function noteQuizWrite(): void {
  quizWrites++;
}

/**
 * How many writes to the stored quizzes this isolate made: what was read from D1 when it was
 * smaller may be out of date.
 *
 * @example
 * const before = quizWriteCount(); await read(); // the read is current while the count is `before`
 */
export function quizWriteCount(): number {
  return quizWrites;
}

/** When a created quiz's revision was read from D1, and what came with it. */
export interface RevisionCheck {
  /** `Date.now()` before the read. */
  at: number;
  /** Whether the quiz was published then (students see published quizzes only). */
  published: boolean;
  /** {@link quizWriteCount} before the read. */
  writes: number;
}

/** A created quiz kept parsed, at its revision. */
export interface CreatedQuizEntry {
  quiz: Quiz;
  revision: number;
  checked?: RevisionCheck;
}

/** How many created quizzes an isolate keeps parsed (a class works on a handful at a time). */
export const CREATED_QUIZ_CACHE_SIZE = 64;

/**
 * A bounded map of created quizzes, least recently used out first.
 *
 * @example
 * const cache = new CreatedQuizCache(64);
 * cache.get("k3J9…")?.revision;
 */
export class CreatedQuizCache {
  readonly #entries = new Map<string, CreatedQuizEntry>();

  constructor(readonly capacity: number) {}

  get(id: string): CreatedQuizEntry | undefined {
    const entry = this.#entries.get(id);
    if (entry) {
      // Most recently used last: Map keeps insertion order.
      this.#entries.delete(id);
      this.#entries.set(id, entry);
    }
    return entry;
  }

  set(id: string, quiz: Quiz, revision: number, checked?: RevisionCheck): void {
    this.#entries.delete(id);
    this.#entries.set(id, { quiz, revision, ...(checked ? { checked } : {}) });
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  delete(id: string): void {
    this.#entries.delete(id);
  }

  get size(): number {
    return this.#entries.size;
  }
}
