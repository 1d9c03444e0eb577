import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import { formatNumber } from '../../../lib/format.js';

interface Bar {
  label: string;
  count: number;
}

/**
 * Horizontal bars drawn with CSS, each the share of `total` (half the answers fill half the track);
 * every row also reads as text (label, count, share), so screen readers get the numbers.
 */
export function BarChart({ bars, total, caption }: { bars: Bar[]; total: number; caption: string }) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const scale = total > 0 ? total : Math.max(1, ...bars.map((b) => b.count));
  return (
    <table className="bar-chart">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {bars.map((bar, index) => (
          <tr key={`${bar.label}-${index}`}>
            <th scope="row">{bar.label}</th>
            <td>
              <span className="bar-track" aria-hidden="true">
                <span className="bar" style={{ width: `${percent(bar.count, scale)}%` }} />
              </span>
              <span className="bar-value">
                {formatNumber(bar.count, language)}
                {total > 0 && ` (${Math.round((bar.count / total) * 100)} %)`}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function percent(value: number, scale: number): number {
  return Math.round((value / scale) * 1000) / 10;
}

const DAY = 86_400_000;

/** Every calendar day from the first to the last, days without responses included. */
export function everyDay(points: { day: string; responses: number; cumulative: number }[]): { day: string; responses: number; cumulative: number }[] {
  if (points.length === 0) return [];
  const byDay = new Map(points.map((p) => [p.day, p]));
  const days: { day: string; responses: number; cumulative: number }[] = [];
  let cumulative = 0;
  for (let at = Date.parse(`${points[0]!.day}T00:00:00Z`); at <= Date.parse(`${points.at(-1)!.day}T00:00:00Z`); at += DAY) {
    const day = new Date(at).toISOString().slice(0, 10);
    const point = byDay.get(day);
    cumulative = point?.cumulative ?? cumulative;
    days.push({ day, responses: point?.responses ?? 0, cumulative });
  }
  return days;
}

/**
 * Cumulative responses per day against the number invited: an SVG with both axes (dates, counts),
 * its caption, and the same figures as a table for screen readers.
 */
export function TimelineChart({
  points,
  invited,
  label,
}: {
  points: { day: string; responses: number; cumulative: number }[];
  invited: number;
  label: string;
}) {
  const { t, i18n } = useTranslation('surveys');
  const language = i18n.language as Language;
  const days = everyDay(points);
  if (days.length === 0) return null;
  const width = 360;
  const height = 160;
  const left = 36;
  const right = 12;
  const top = 12;
  const bottom = 28;
  const maxValue = Math.max(1, invited, ...days.map((d) => d.cumulative));
  const x = (i: number) => (days.length === 1 ? (left + width - right) / 2 : left + (i / (days.length - 1)) * (width - left - right));
  const y = (value: number) => height - bottom - (value / maxValue) * (height - top - bottom);
  const path = days.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(d.cumulative).toFixed(1)}`).join(' ');
  const short = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dayLabel = (day: string) => short.format(new Date(`${day}T00:00:00Z`));
  // The first and last day, and one between when there is room.
  const tickDays = [...new Set([0, days.length > 4 ? Math.floor((days.length - 1) / 2) : 0, days.length - 1])];
  const captionId = `timeline-caption`;
  return (
    <figure className="timeline-figure" data-testid="response-timeline" aria-labelledby={captionId}>
      <figcaption id={captionId}>{label}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="timeline-chart" aria-hidden="true">
        <line x1={left} x2={left} y1={top} y2={height - bottom} className="axis" />
        <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} className="axis" />
        {[0, maxValue].map((value) => (
          <text key={`y-${value}`} x={left - 6} y={y(value) + 4} textAnchor="end" className="axis-label">
            {formatNumber(value, language)}
          </text>
        ))}
        {tickDays.map((i) => (
          <text key={`x-${i}`} x={x(i)} y={height - bottom + 16} textAnchor="middle" className="axis-label">
            {dayLabel(days[i]!.day)}
          </text>
        ))}
        {invited > 0 && <line x1={left} x2={width - right} y1={y(invited)} y2={y(invited)} className="timeline-target" />}
        <path d={path} className="timeline-line" fill="none" />
        {days.map((d, i) => (
          <circle key={d.day} cx={x(i)} cy={y(d.cumulative)} r="3" className="timeline-point" />
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.day')}</th>
            <th scope="col">{t('results.day_responses')}</th>
            <th scope="col">{t('results.day_cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day)}</th>
              <td>{formatNumber(d.responses, language)}</td>
              <td>{formatNumber(d.cumulative, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * How many gave each point of a 1–5 scale, as one bar split in five (CSS); the numbers are in
 * `description`, read by screen readers instead of the drawing.
 */
export function StackedBar({ counts, description }: { counts: readonly number[]; description: string }) {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return (
    <span className="stacked">
      <span className="stacked-bar" aria-hidden="true">
        {counts.map((count, index) =>
          count > 0 ? (
            <span key={index} className={`stacked-segment stacked-${index + 1}`} style={{ width: `${percent(count, Math.max(1, total))}%` }}>
              {count}
            </span>
          ) : null,
        )}
      </span>
      <span className="visually-hidden">{description}</span>
    </span>
  );
}

/** Two bars side by side (before, after) against the same scale, with their values as text. */
export function PairedBars({
  pairs,
  max,
  labels,
}: {
  pairs: { before: number | null; after: number | null };
  max: number;
  labels: { before: string; after: string };
}) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const value = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v));
  return (
    <span className="paired-bars">
      {(['before', 'after'] as const).map((side) => (
        <span key={side} className={`paired paired-${side}`}>
          <span className="paired-label">{labels[side]}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar" style={{ width: `${pairs[side] === null ? 0 : percent(pairs[side], Math.max(1, max))}%` }} />
          </span>
          <span className="bar-value">{value(pairs[side])}</span>
        </span>
      ))}
    </span>
  );
}

/** A progress bar with its text (used for sending and exporting). */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="progress">
      <progress value={value} max={Math.max(1, max)} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
