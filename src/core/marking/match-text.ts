/**
 * @module
 * Marks a short answer by its text: forgiving about form (case, accents, determiners, small
 * typos, an acronym spelled letter by letter, a person's title or role), strict about substance
 * (another entity of the article is wrong even when it looks close).
 */
import type { ShortAnswerQuestion } from "../quiz/quiz";
import { normaliseAnswer } from "./normalise-answer";
import { joinSpelledLetters } from "./spelled-letters";
import { type Form, type FormMatch, joinForms, matchForms, toForm } from "./text-forms";
import { matchTitledName } from "./titled-name";
import { withoutCauseConnective } from "./without-cause-connective";

/** A short answer marked right by its text. */
export interface TextMatch {
  /** The key's spelling of what was recognised, when typos were let pass (`Charle Michel`). */
  spelling?: string;
}

/**
 * How `given` matches the question's accepted forms; `undefined` when it does not.
 *
 * @example
 * // answer "Charles Michel", accepted ["Charles Michel", "Michel"], rejected ["Jan Jambon"]
 * matchText(question, "Charles Michel"); // {}
 * matchText(question, "le Premier ministre Charle Michel"); // { spelling: "Charles Michel" }
 * matchText(question, "M. Jambon"); // undefined
 */
export function matchText(question: ShortAnswerQuestion, given: string): TextMatch | undefined {
  const { accepted, rejected, pairs } = keyForms(question);
  // `D.S.I.T.I.` is `DSITI`; as typed, it would read `s i t i` once `d` is taken for `d'`.
  const reading = joinSpelledLetters(given);
  const inParentheses = matchParentheses(reading, accepted, rejected);
  if (inParentheses) return inParentheses;
  const normal = normaliseAnswer(reading);
  // `parce que …` for a key written `car …`, or the cause alone: a phrase is marked on what it
  // says, whatever connective opens it.
  const causeless =
    question.kind === "phrase" ? normaliseAnswer(withoutCauseConnective(reading)) : normal;
  const whole =
    matchForms(normal, [...accepted, ...pairs], rejected) ??
    (causeless !== normal && causeless !== ""
      ? matchForms(causeless, [...accepted, ...pairs], rejected)
      : undefined);
  // `M. Michel` is `Michel` with a title, not `Michel` with a typo: no spelling to show.
  const titled =
    question.kind === "person" && whole?.typo !== false
      ? matchTitledName(normal, accepted, rejected)
      : undefined;
  const best = titled && (!whole || !titled.typo) ? titled : whole;
  if (!best) return undefined;
  return best.typo ? { spelling: best.form.written } : {};
}

interface KeyForms {
  accepted: Form[];
  rejected: Form[];
  /** Two accepted forms one after the other (`Charles Michel Premier ministre`). */
  pairs: Form[];
}

/** The forms of frozen questions (those of a kept quiz, shared by every request), made once. */
const formsOfFrozen = new WeakMap<ShortAnswerQuestion, KeyForms>();

/** The question's key as forms: once per frozen question, else every time (it may change). */
function keyForms(question: ShortAnswerQuestion): KeyForms {
  const known = formsOfFrozen.get(question);
  if (known) return known;
  const keyed = [...new Set([question.answer, ...question.accepted])];
  // A cause keyed with its connective is also right without it (`les pontes …` for `car les
  // pontes …`).
  const causes =
    question.kind === "phrase"
      ? keyed.map(withoutCauseConnective).filter((form) => !keyed.includes(form))
      : [];
  const accepted = [...new Set([...keyed, ...causes])]
    .map(toForm)
    .filter((form) => form.text !== "");
  const rejected = question.rejected.map(toForm).filter((form) => form.text !== "");
  const pairs = accepted.flatMap((first) =>
    accepted.filter((second) => second !== first).map((second) => joinForms(first, second)),
  );
  const forms = { accepted, rejected, pairs };
  if (
    Object.isFrozen(question) &&
    Object.isFrozen(question.accepted) &&
    Object.isFrozen(question.rejected)
  ) {
    formsOfFrozen.set(question, forms);
  }
  return forms;
}

/** `DSITI (Direction des …)`: each side of the parenthesis is an answer on its own. */
function matchParentheses(
  given: string,
  accepted: Form[],
  rejected: Form[],
): TextMatch | undefined {
  const parenthesis = /^([^()]*)\(([^()]*)\)([^()]*)$/.exec(given);
  if (!parenthesis) return undefined;
  const [, before = "", inside = "", after = ""] = parenthesis;
  const outer = matchForms(normaliseAnswer(`${before} ${after}`), accepted, rejected);
  const inner = matchForms(normaliseAnswer(inside), accepted, rejected);
  if (!outer || !inner) return undefined;
  return outer.typo || inner.typo ? { spelling: `${written(outer)} (${written(inner)})` } : {};
}

function written(match: FormMatch): string {
  return match.form.written;
}
