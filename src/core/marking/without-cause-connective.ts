/**
 * @module
 * A cause or a purpose without the connective that opens it: *Pourquoi … ?* is answered `parce
 * que les pontes se sont succédé`, `car les pontes …` or `les pontes …` alike, and `à cause de la
 * sécheresse` says what `en raison de la sécheresse` does.
 */

/** Connectives of cause and purpose, with the article a contraction holds (`du`, `aux`). */
const CAUSE_CONNECTIVE =
  /^\s*(?:parce\s+qu(?:e\s+|['’]\s*)|puisqu(?:e\s+|['’]\s*)|car\s+|(?:en\s+raison|à\s+cause|du\s+fait|à\s+la\s+suite|compte\s+tenu|faute)\s+(?:de\s+|d['’]\s*|du\s+|des\s+)|suite\s+(?:à\s+|au\s+|aux\s+)|grâce\s+(?:à\s+|au\s+|aux\s+)|afin\s+(?:de\s+|d['’]\s*)|pour\s+)(?=\S)/iu;

/**
 * `text` without its leading connective of cause or purpose; `text` itself when it has none.
 *
 * @example
 * withoutCauseConnective("parce que les pontes se sont succédé"); // "les pontes se sont succédé"
 * withoutCauseConnective("en raison du mauvais temps"); // "mauvais temps"
 * withoutCauseConnective("la sécheresse"); // "la sécheresse"
 */
export function withoutCauseConnective(text: string): string {
  const connective = CAUSE_CONNECTIVE.exec(text);
  return connective ? text.slice(connective[0].length) : text;
}
