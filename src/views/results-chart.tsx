/**
 * @module
 * The bar chart of a quiz's right-answer rates, one horizontal bar per question, as a standalone
 * SVG document: `GET /api/quizzes/:id/results.svg` serves it and the teacher page shows it.
 * Horizontal bars keep the question labels readable at 360 px, where the chart is drawn about
 * as wide as its view box.
 */
import { formatRate } from "./format-rate";

/** One question's bar. */
export interface ChartQuestion {
  questionId: string;
  /** Share of the submissions that got it right, 0 to 1; `null` with no submission. */
  correctRate: number | null;
}

export interface ResultsChartProps {
  /** The quiz's title, for the chart's accessible name. */
  title: string;
  /** How many sheets the rates come from. */
  submissions: number;
  /** Every question, in the quiz's order: bar n is question n. */
  questions: readonly ChartQuestion[];
}

/** The geometry, in view box units (CSS pixels when drawn at its natural size). */
export const CHART = {
  width: 400,
  /** Left of the bars: the question labels ("Q10") end here. */
  barX: 44,
  /** A bar of 100%. */
  barWidth: 290,
  barHeight: 22,
  rowHeight: 34,
  top: 10,
  /** Below the rows: the 0 %…100 % scale. */
  axisHeight: 30,
} as const;

const COLOURS = {
  ink: "#1b1b1f",
  muted: "#474c55",
  grid: "#c4c8cf",
  track: "#f4f5f7",
  bar: "#1449a8",
} as const;

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * The chart as an SVG document (XML declaration included), its text escaped.
 *
 * @example
 * renderResultsChart({ title: quiz.title, submissions: 12, questions: [
 *   { questionId: "q1", correctRate: 0.75 }, { questionId: "q2", correctRate: null }] });
 * // '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function renderResultsChart(props: ResultsChartProps): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${(<ResultsChart {...props} />).toString()}`;
}

function ResultsChart({ title, submissions, questions }: ResultsChartProps) {
  const rowsHeight = questions.length * CHART.rowHeight;
  const height = CHART.top + rowsHeight + CHART.axisHeight;
  const copies = submissions > 1 ? `${submissions} copies` : `${submissions} copie`;
  const description = questions
    .map((question, index) => `Q${index + 1} : ${formatRate(question.correctRate)}`)
    .join(" ; ");
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${CHART.width} ${height}`}
      width={CHART.width}
      height={height}
      role="img"
      aria-labelledby="chart-title chart-desc"
      font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      font-size="14"
    >
      <title id="chart-title">{`Taux de bonnes réponses par question — ${title}`}</title>
      <desc id="chart-desc">{`${copies}. ${description}`}</desc>
      <rect width={CHART.width} height={height} fill="#ffffff" />
      {questions.map((_, index) => (
        <rect
          class="track"
          x={CHART.barX}
          y={barY(index)}
          width={CHART.barWidth}
          height={CHART.barHeight}
          fill={COLOURS.track}
        />
      ))}
      {TICKS.map((tick) => {
        const x = CHART.barX + tick * CHART.barWidth;
        return (
          <g class="tick">
            <line
              x1={x}
              x2={x}
              y1={CHART.top - 4}
              y2={CHART.top + rowsHeight}
              stroke={COLOURS.grid}
              stroke-width="1"
            />
            <text
              x={x}
              y={CHART.top + rowsHeight + 20}
              text-anchor="middle"
              fill={COLOURS.muted}
              font-size="12"
            >
              {formatRate(tick)}
            </text>
          </g>
        );
      })}
      {questions.map((question, index) => {
        const y = barY(index);
        const middle = y + CHART.barHeight / 2;
        const width = round((question.correctRate ?? 0) * CHART.barWidth);
        return (
          <g class="question" data-question-id={question.questionId}>
            <text
              x={CHART.barX - 8}
              y={middle}
              dy="0.35em"
              text-anchor="end"
              fill={COLOURS.ink}
              font-weight="600"
            >
              {`Q${index + 1}`}
            </text>
            <rect
              class="bar"
              x={CHART.barX}
              y={y}
              width={width}
              height={CHART.barHeight}
              fill={COLOURS.bar}
              data-correct-rate={question.correctRate ?? undefined}
            />
            <text x={CHART.barX + width + 6} y={middle} dy="0.35em" fill={COLOURS.ink}>
              {formatRate(question.correctRate)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The top of the bar of question `index` (from 0). */
function barY(index: number): number {
  return CHART.top + index * CHART.rowHeight + (CHART.rowHeight - CHART.barHeight) / 2;
}

/** Two decimals: enough for a pixel, short in the markup. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
