/**
 * A chart of a report figure, drawn by Chart.js (loaded with the Reports page only), with
 * the same numbers as a table for screen readers and for copying.
 */
import { useEffect, useRef } from 'react';
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const COLOURS = ['#2f6fdf', '#d9822b', '#2e9d6a', '#b5456b', '#6b5bd6', '#7a869a'];

export type Series = { label: string; data: (number | null)[] };

type Props = {
  title: string;
  type: 'bar' | 'line';
  labels: string[];
  series: Series[];
  /** Horizontal bars (long category names such as services). */
  horizontal?: boolean;
  unit?: string;
};

export function ReportChart({ title, type, labels, series, horizontal = false, unit = '' }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label, data: s.data, backgroundColor: COLOURS[i % COLOURS.length], borderColor: COLOURS[i % COLOURS.length], spanGaps: true, tension: 0.2,
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: series.length > 1 }, tooltip: { enabled: true } },
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ...(unit ? { title: { display: true, text: unit } } : {}) }, [horizontal ? 'y' : 'x']: { ticks: { autoSkip: true, maxTicksLimit: 12 } } },
      },
    });
    return () => chart.destroy();
  }, [type, horizontal, unit, JSON.stringify(labels), JSON.stringify(series)]);
  const height = horizontal ? Math.max(160, labels.length * 26 + 60) : 240;
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      {labels.length === 0 ? <p className="empty">Nothing to chart in this period.</p> : (
        <>
          <div style={{ position: 'relative', height }}><canvas ref={canvas} role="img" aria-label={`${title} (chart; the numbers follow as a table)`} /></div>
          <details>
            <summary>Numbers</summary>
            <table>
              <thead><tr><th scope="col">{horizontal ? 'Category' : 'Period'}</th>{series.map((s) => <th key={s.label} scope="col">{s.label}</th>)}</tr></thead>
              <tbody>{labels.map((l, i) => <tr key={l}><th scope="row">{l}</th>{series.map((s) => <td key={s.label}>{s.data[i] ?? '—'}</td>)}</tr>)}</tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
