/**
 * @module
 * The French typography of what the pages show, one rule for both renderers: the server's
 * pages (renderPage) and what the quiz page's script renders with the same views. The answers
 * students typed, expected answers and accepted forms (`.answer-text`) are shown as written.
 */
import { typesetFrenchHtml } from "../core/text/typeset-html";

/**
 * `html` (a document or a fragment) in French typography, answers left as written.
 *
 * @example
 * typesetPageHtml('<p>Votre réponse : <span class="answer-text">oui:non</span></p>');
 * // '<p>Votre réponse\u00a0: <span class="answer-text">oui:non</span></p>'
 */
export function typesetPageHtml(html: string): string {
  return typesetFrenchHtml(html, { verbatim: isAnswerText });
}

/** A student's answer, an expected answer or an accepted form: shown exactly as written. */
function isAnswerText(_tag: string, attributes: string): boolean {
  return /\sclass="[^"]*\banswer-text\b/.test(attributes);
}
