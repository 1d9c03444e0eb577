import { useTranslation } from '../../../lib/use-translation.js';
import type { Language } from '@sstc/shared';
import { formatNumber } from '../../../lib/format.js';

interface Bar {
  label: string;
  count: number;
}

/** Horizontal bars drawn with CSS; each row also reads as text (label, count, share). */
export function BarChart({ bars, total, caption }: { bars: Bar[]; total: number; caption: string }) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <table className="bar-chart">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {bars.map((bar, index) => (
          <tr key={`${bar.label}-${index}`}>
            <th scope="row">{bar.label}</th>
            <td>
              <span className="bar" style={{ width: `${(bar.count / max) * 100}%` }} aria-hidden="true" />
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

/** Cumulative responses per day against the number invited, as a small SVG line. */
export function TimelineChart({ points, invited, label }: { points: { day: string; cumulative: number }[]; invited: number; label: string }) {
  const width = 320;
  const height = 120;
  if (points.length === 0) return null;
  const top = Math.max(1, invited, ...points.map((p) => p.cumulative));
  const x = (i: number) => (points.length === 1 ? width / 2 : (i / (points.length - 1)) * (width - 20) + 10);
  const y = (value: number) => height - 10 - (value / top) * (height - 20);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.cumulative).toFixed(1)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="timeline-chart">
      <line x1="10" x2={width - 10} y1={y(invited)} y2={y(invited)} className="timeline-target" />
      <path d={path} className="timeline-line" fill="none" />
      {points.map((p, i) => (
        <circle key={p.day} cx={x(i)} cy={y(p.cumulative)} r="3" className="timeline-point">
          <title>{`${p.day}: ${p.cumulative}`}</title>
        </circle>
      ))}
    </svg>
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
