/**
 * @module
 * Rejects candidates that would make bad questions: the answer in the prompt, an unresolved
 * pronoun, a fragment, an overlong prompt.
 */
import { normaliseAnswer } from "../marking/normalise-answer";
import { countOccurrences } from "../text/count-occurrences";
import { startAhead } from "../text/start-ahead";
import type { AnswerForms } from "./answer-forms";

const MAX_PROMPT_LENGTH = 220;
/**
 * A subject or object pronoun standing alone in a question (not `-t-il`), or `y` (`certaines
 * entreprises y ont mis à pied …`: where?); tried before the first quotation mark
 * ({@link beforeQuote}).
 */
const LOOSE_PRONOUN = new RegExp(
  String.raw`${startAhead(["il|elle|ils|elles|lui|y"], { whole: true })}(?:(?<![-\p{L}])(?:il|elle|ils|elles|lui)|(?<![-\p{L}'’])y)(?![-\p{L}])`,
  "u",
);
/** A demonstrative that points back to a sentence the question does not show (`celle-ci`). */
const LOOSE_DEMONSTRATIVE =
  /^[^«]*(?<![-\p{L}])(?:celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière|ces derniers|ces dernières)(?![-\p{L}])|^(?:Les\s+(?:\p{L}+\s+)?autres|L['’]autre|Les\s+uns|L['’]un\s+d['’]eux|L['’]une\s+d['’]elles)(?![\p{L}])/iu;
/** A connective that answers the sentence before (`a cependant réclamé`): a statement alone has none. */
const LOOSE_CONNECTIVE =
  /(?<![\p{L}])(?:cependant|toutefois|pourtant|néanmoins|en revanche|quant à (?:lui|elle|eux)|pour sa part|de son côté)(?![\p{L}])/iu;
/** A last word that needs another after it (`… le prix aux ?`); `voter pour ?` may end. */
const DANGLING_END =
  /\s(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|un|une|et|ou|en|par|sur|dans|chez|vers|que|qu['’]|dont|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*\?$/u;

/**
 * Whether a prompt cannot be asked as it is.
 *
 * @example
 * isDefective("Qui a conduit la délégation de Charles Michel ?", { accepted: ["Charles Michel"], … }); // true
 */
export function isDefective(prompt: string, forms: AnswerForms, isStatement = false): boolean {
  if (prompt.length > MAX_PROMPT_LENGTH || prompt.length < 12) return true;
  const isGapFill = prompt.startsWith("Complétez");
  if (!isStatement && !isGapFill && !/\s\?$/.test(prompt)) return true;
  if (/^(?:Qui|Que|Quel|Quelle|Combien|Où|Quand|Dans)\s+(?:il|elle|ils|elles)\b/u.test(prompt))
    return true;
  // The pattern ends on `?`: not tried on the gap-fills, which end on `»`.
  if (prompt.endsWith("?") && DANGLING_END.test(prompt)) return true;
  // A quotation cut open (`« Rif ?`) or a pronoun with nothing to stand for (`… il en a …`).
  if (countOccurrences(prompt, "«") !== countOccurrences(prompt, "»")) return true;
  if (!isGapFill && !isStatement && LOOSE_PRONOUN.test(beforeQuote(prompt))) return true;
  if (!isGapFill && LOOSE_DEMONSTRATIVE.test(prompt)) return true;
  if (isStatement && LOOSE_CONNECTIVE.test(prompt)) return true;
  const normalPrompt = ` ${normaliseAnswer(prompt)} `;
  return forms.accepted.some((form) => {
    const normal = normaliseAnswer(form);
    return normal.length > 0 && normalPrompt.includes(` ${normal} `);
  });
}

/**
 * The prompt up to its first quotation mark: a pronoun inside a quote stands for the speaker.
 * Sliced rather than matched behind `^[^«]*`, which the engine backtracks through.
 */
function beforeQuote(prompt: string): string {
  const quote = prompt.indexOf("«");
  return quote === -1 ? prompt : prompt.slice(0, quote);
}
