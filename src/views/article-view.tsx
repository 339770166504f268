/**
 * @module
 * The article as students read it: title, byline, publication date, caption, paragraphs, and after
 * marking the evidence sentences in `<mark id="evidence-q3">` elements.
 */
import type { Child } from "hono/jsx";
import type { StudentQuiz } from "../core/quiz/to-student-view";
import { formatFrenchDateTime } from "./format-french-date";
import { type Highlight, highlightParagraphs, type Segment } from "./highlight-evidence";

export interface ArticleViewProps {
  article: StudentQuiz["article"];
  /** The article title is the page's `<h1>` unless the quiz has a title of its own. */
  headingLevel: 1 | 2;
  /** Evidence to mark, after marking; none before (the page must not hint at answers). */
  highlights?: readonly Highlight[];
}

/**
 * The article. Each paragraph carries `data-offset`, where it starts in
 * `paragraphs.join("\n\n")`.
 *
 * @example
 * <ArticleView article={view.article} headingLevel={1} highlights={[{ questionId: "q3", … }]} />
 */
export function ArticleView({ article, headingLevel, highlights = [] }: ArticleViewProps) {
  const date = article.published ? formatFrenchDateTime(article.published) : undefined;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    // Focusable: on wide screens it scrolls on its own beside the questions, and keyboards must
    // scroll it too.
    <article class="article" aria-labelledby="article-title" tabindex={0}>
      <Heading id="article-title" class="article-title">
        {article.title}
      </Heading>
      {date || article.byline ? (
        <p class="article-meta">
          {article.byline ? <span class="article-byline">Par {article.byline}</span> : null}
          {article.byline && date ? " · " : null}
          {date ? (
            <>
              Publié le <time datetime={article.published}>{date}</time>
            </>
          ) : null}
        </p>
      ) : null}
      {article.caption ? (
        <p class="article-caption">
          <span class="caption-label">Légende : </span>
          {article.caption}
        </p>
      ) : null}
      {/* Shown by the stylesheet once the article holds highlights (server or script). */}
      <p class="highlight-legend">
        Passages surlignés : <span class="legend-right">en vert</span> pour une réponse juste,{" "}
        <span class="legend-wrong">en jaune</span> pour une réponse fausse ; le numéro est celui de
        la question.
      </p>
      <div class="article-body">
        <ArticleBody paragraphs={article.paragraphs} highlights={highlights} />
      </div>
    </article>
  );
}

/**
 * The paragraphs of the article body, with their evidence marks: what the quiz page's script
 * renders again into `.article-body` once a sheet is marked.
 *
 * @example
 * render(<ArticleBody paragraphs={paragraphs} highlights={toHighlights(sheet.results, questions)} />, body);
 */
export function ArticleBody({
  paragraphs,
  highlights,
}: {
  paragraphs: readonly string[];
  highlights: readonly Highlight[];
}) {
  return (
    <>
      {highlightParagraphs(paragraphs, highlights).map(({ offset, segments }) => (
        <>
          <p data-offset={offset}>{segments.map(renderSegment)}</p>
          <ReturnLinks segments={segments} />
        </>
      ))}
    </>
  );
}

/**
 * After a paragraph where highlights start, the way back to their questions' results: shown by
 * the stylesheet when « Voir dans l'article » has jumped to one of them (:target). Outside the
 * paragraph, whose text the evidence offsets count.
 */
function ReturnLinks({ segments }: { segments: readonly Segment[] }) {
  const starts = segments.flatMap(({ marks }) =>
    marks.filter((mark) => mark.first && mark.number !== undefined),
  );
  if (starts.length === 0) return null;
  return (
    <p class="evidence-return">
      {starts.map(({ questionId, number }) => (
        <a href={`#result-${questionId}`} data-question-id={questionId}>
          {`Revenir à la question ${number}`}
        </a>
      ))}
    </p>
  );
}

/** A piece of text inside its marks, outermost first. */
function renderSegment({ text, marks }: Segment) {
  return marks.reduceRight<Child>(
    (inner, { questionId, number, correct, first }) => (
      <mark
        id={first ? `evidence-${questionId}` : undefined}
        class={`evidence ${correct ? "evidence-right" : "evidence-wrong"}`}
        data-question-id={questionId}
        // Its first piece shows the question's number (CSS ::before: not in the text, whose
        // offsets the evidence counts).
        data-number={first && number !== undefined ? String(number) : undefined}
      >
        {inner}
      </mark>
    ),
    text,
  );
}
