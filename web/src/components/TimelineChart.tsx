import { formatClock, formatTime } from '../lib/format.ts';
import { layoutTimeline } from '../lib/timeline-layout.ts';
import type { Gap, TimelineEvent } from '../contract.ts';

const W = 1000;
const LEFT = 120;
const LANE = 34;
const TOP = 28;
const PHASES = ['detection', 'investigation', 'mitigation', 'resolution', 'none'] as const;

/** "10 Mar 14:05": the day as well, where a stretch of the axis starts. */
function formatDayClock(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Events by source (rows) and phase (colour) on a time axis; gaps over 5 minutes shaded; decision points as diamonds. */
export function TimelineChart({ events, gaps }: { events: TimelineEvent[]; gaps: Gap[] }) {
  const m = layoutTimeline(events, gaps, { plotWidth: W - LEFT - 20 });
  if (m.points.length === 0) return <p className="empty">No timed events yet: add one below or drop an export.</p>;
  const height = TOP + m.lanes.length * LANE + 10;
  const px = (x: number): number => LEFT + x * (W - LEFT - 20);
  const summary = `${m.points.length} events from ${formatTime(new Date(m.start).toISOString())} to ${formatTime(new Date(m.end).toISOString())}, `
    + `${m.gaps.length} gaps over 5 minutes, ${m.breaks.length ? `${m.breaks.length} long silence(s) cut out of the axis, ` : ''}${m.points.filter((p) => p.decision).length} decision points. The table below lists every event.`;
  return (
    <figure className="timeline-chart">
      <div className="chart-scroll">
        <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={summary} preserveAspectRatio="xMinYMin meet">
          {m.gaps.map((g, i) => (
            <g key={`gap-${i}`} className="gap">
              <rect x={px(g.x1)} y={TOP - 6} width={Math.max(2, px(g.x2) - px(g.x1))} height={height - TOP} />
              {g.label && <text x={(px(g.x1) + px(g.x2)) / 2} y={TOP - 10} textAnchor="middle">{g.label}</text>}
            </g>
          ))}
          {m.breaks.map((b) => (
            <g key={`break-${b.from}`} className="axis-break">
              <title>{`${b.label}: nothing drawn from ${formatTime(new Date(b.from).toISOString())} to ${formatTime(new Date(b.to).toISOString())}`}</title>
              <rect x={px(b.x) - 8} y={TOP - 6} width={16} height={height - TOP} />
              <path d={`M ${px(b.x) - 6} ${height - 4} l 6 -10 l 6 10 M ${px(b.x) - 6} ${TOP + 4} l 6 -10 l 6 10`} />
              <text x={px(b.x)} y={TOP - 10} textAnchor="middle">{b.label}</text>
            </g>
          ))}
          {m.ticks.map((t) => (
            <g key={t.at} className="tick">
              <line x1={px(t.x)} x2={px(t.x)} y1={TOP - 4} y2={height} />
              <text x={px(t.x)} y={height - 2} textAnchor="middle">{t.withDate ? formatDayClock(t.at) : formatClock(new Date(t.at).toISOString())}</text>
            </g>
          ))}
          {m.lanes.map((lane, i) => (
            <g key={lane} className="lane">
              <text x={8} y={TOP + i * LANE + LANE / 2 + 4}>{lane}</text>
              <line x1={LEFT} x2={W - 20} y1={TOP + i * LANE + LANE / 2} y2={TOP + i * LANE + LANE / 2} />
            </g>
          ))}
          {m.points.map((p) => {
            const cx = px(p.x);
            const cy = TOP + p.lane * LANE + LANE / 2;
            return (
              <g key={p.id} className={`point phase-${p.phase}`}>
                <title>{`${formatTime(p.at)} · ${p.phase}${p.decision ? ' · decision point' : ''}: ${p.text}`}</title>
                {p.decision
                  ? <rect x={cx - 7} y={cy - 7} width={14} height={14} transform={`rotate(45 ${cx} ${cy})`} />
                  : <circle cx={cx} cy={cy} r={6} />}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <ul className="legend">
          {PHASES.map((ph) => <li key={ph}><span className={`swatch phase-${ph}`} aria-hidden="true" />{ph === 'none' ? 'no phase' : ph}</li>)}
          <li><span className="swatch diamond" aria-hidden="true" />decision point</li>
          <li><span className="swatch gap" aria-hidden="true" />gap over 5 min</li>
          {m.breaks.length > 0 && <li><span className="swatch axis-break" aria-hidden="true" />axis cut: a long silence (events from another day or year?) is not drawn to scale</li>}
          {m.untimed > 0 && <li>{m.untimed} event(s) without a time are only in the table</li>}
        </ul>
      </figcaption>
    </figure>
  );
}
