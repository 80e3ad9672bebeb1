import type { LocatedFinding } from '../lib/postmortem-markdown.ts';

/** Quality findings of one section (or the whole document), most severe first. */
export function FindingList({ findings, label }: { findings: LocatedFinding[]; label: string }) {
  if (findings.length === 0) return null;
  const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const sorted = [...findings].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3));
  return (
    <ul className="findings" aria-label={label}>
      {sorted.map((f, i) => (
        <li key={`${f.rule}-${f.line}-${i}`} className={`finding finding-${f.severity}`}>
          <span className="finding-rule">{f.severity} · {f.rule}{f.sectionLine ? ` · line ${f.sectionLine}` : ''}</span>
          <span>{f.message}</span>
          {f.quote && <q>{f.quote}</q>}
        </li>
      ))}
    </ul>
  );
}
