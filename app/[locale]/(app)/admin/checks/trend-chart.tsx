import type { WeekFigures } from "@/lib/db/checks/get-checks-report";
import styles from "./checks.module.css";

interface TrendChartProps {
  /** Unique on the page: names the chart's pattern and caption. */
  id: string;
  weeks: WeekFigures[];
  title: string;
  /** One sentence that says what the bars show, for screen readers and as the caption. */
  summary: string;
  labels: {
    confirmed: string;
    dismissed: string;
    showTable: string;
    week: string;
    fixed: string;
    resolved: string;
    precision: string;
  };
  /** The week's start as people read it, e.g. "Nov 23". */
  formatWeek(week: string): string;
  formatPrecision(precision: number | null): string;
}

const WIDTH = 640;
const HEIGHT = 170;
const MARGIN = { top: 12, right: 8, bottom: 26, left: 34 };

/** Weekly verdicts as stacked bars: fixed or resolved below, dismissed (hatched) above; a table says the same. */
export function TrendChart({ id, weeks, title, summary, labels, formatWeek, formatPrecision }: TrendChartProps) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const totals = weeks.map((week) => week.fixed + week.resolved + week.dismissed);
  const top = Math.max(1, ...totals);
  const slot = plotWidth / Math.max(1, weeks.length);
  const barWidth = Math.min(36, slot * 0.62);
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  // Every label when they fit, else every second or third, always the current week's.
  const step = weeks.length <= 8 ? 1 : weeks.length <= 16 ? 2 : 3;
  const hatch = `hatch-${id}`;
  const titleId = `${id}-title`;

  return (
    <figure className={styles.chart} aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className={styles.chartTitle}>
          {title}
        </h3>
        <p className="muted small">{summary}</p>
        <ul className={styles.legend}>
          <li>
            <span className={`${styles.swatch} ${styles.swatchConfirmed}`} aria-hidden="true" /> {labels.confirmed}
          </li>
          <li>
            <span className={`${styles.swatch} ${styles.swatchDismissed}`} aria-hidden="true" /> {labels.dismissed}
          </li>
        </ul>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chartSvg} role="img" aria-label={summary}>
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.hatchBack} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.hatchLine} />
          </pattern>
        </defs>
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? styles.axis : styles.grid}
            />
            {Number.isInteger(tick) && (
              <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className={styles.tick}>
                {tick}
              </text>
            )}
          </g>
        ))}
        {weeks.map((week, index) => {
          const confirmed = week.fixed + week.resolved;
          const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
          const labelled = (weeks.length - 1 - index) % step === 0;
          return (
            <g key={week.week}>
              {confirmed > 0 && (
                <rect
                  x={x}
                  width={barWidth}
                  y={y(confirmed)}
                  height={y(0) - y(confirmed)}
                  className={styles.barConfirmed}
                />
              )}
              {week.dismissed > 0 && (
                <rect
                  x={x}
                  width={barWidth}
                  y={y(confirmed + week.dismissed)}
                  height={y(confirmed) - y(confirmed + week.dismissed)}
                  fill={`url(#${hatch})`}
                  className={styles.barDismissed}
                />
              )}
              {labelled && (
                <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" className={styles.tick}>
                  {formatWeek(week.week)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className={styles.chartTable}>
        <summary>{labels.showTable}</summary>
        <table className={styles.figures}>
          <thead>
            <tr>
              <th scope="col">{labels.week}</th>
              <th scope="col" className="numeric">
                {labels.fixed}
              </th>
              <th scope="col" className="numeric">
                {labels.resolved}
              </th>
              <th scope="col" className="numeric">
                {labels.dismissed}
              </th>
              <th scope="col" className="numeric">
                {labels.precision}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row">
                  <time dateTime={week.week}>{formatWeek(week.week)}</time>
                </th>
                <td className="numeric">{week.fixed}</td>
                <td className="numeric">{week.resolved}</td>
                <td className="numeric">{week.dismissed}</td>
                <td className="numeric">{formatPrecision(week.precision)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
