import type { FiguresGroup, FiguresWeek } from './api';

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 24;

/**
 * Received and answered complaints per ISO week, as paired bars: plain SVG drawn by React (no
 * charting library, nothing injected at run time that the Content-Security-Policy would block).
 */
export function WeeklyTrend({ weeks, label }: { weeks: readonly FiguresWeek[]; label: string }) {
  const highest = Math.max(1, ...weeks.map((week) => Math.max(week.received, week.answered)));
  const slot = (WIDTH - AXIS) / Math.max(1, weeks.length);
  const bar = Math.max(2, slot / 2 - 3);
  const height = (count: number) => ((HEIGHT - AXIS) * count) / highest;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line x1={AXIS} y1={HEIGHT - AXIS} x2={WIDTH} y2={HEIGHT - AXIS} className="chart-axis" />
      <text x={2} y={12} className="chart-label">
        {highest}
      </text>
      {weeks.map((week, index) => {
        const x = AXIS + index * slot + 2;
        return (
          <g key={week.week} data-week={week.week}>
            <rect
              x={x}
              y={HEIGHT - AXIS - height(week.received)}
              width={bar}
              height={height(week.received)}
              className="chart-received"
            >
              <title>{`${week.week}: ${week.received}`}</title>
            </rect>
            <rect
              x={x + bar + 2}
              y={HEIGHT - AXIS - height(week.answered)}
              width={bar}
              height={height(week.answered)}
              className="chart-answered"
            >
              <title>{`${week.week}: ${week.answered}`}</title>
            </rect>
            {(weeks.length <= 14 || index % 4 === 0) && (
              <text x={x} y={HEIGHT - 6} className="chart-label">
                {week.week.slice(5)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Answered on time, in percent, one horizontal bar per group; a group with nothing answered has no bar. */
export function OnTimeBars({
  rows,
  nameOf,
  label,
}: {
  rows: readonly FiguresGroup[];
  nameOf: (row: FiguresGroup) => string;
  label: string;
}) {
  const line = 22;
  const labelWidth = 200;
  const height = Math.max(line, rows.length * line);
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      {rows.map((row, index) => {
        const percent = row.figures.onTimePercent ?? 0;
        const y = index * line;
        return (
          <g key={row.code || 'none'} data-group={row.code}>
            <text x={0} y={y + 15} className="chart-label">
              {nameOf(row)}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={((WIDTH - labelWidth - 60) * percent) / 100}
              height={line - 8}
              className="chart-answered"
            />
            <text x={WIDTH - 55} y={y + 15} className="chart-label">
              {row.figures.onTimePercent == null ? '–' : `${row.figures.onTimePercent}%`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
