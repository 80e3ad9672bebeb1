import type { ReactNode } from 'react';
import type { LocatedFinding } from '../lib/postmortem-markdown.ts';

/** A finding placed in the section text: 0-based line of the body, 0-based [start, end) columns. */
export type Underline = { line: number; start: number; end: number; severity: string; title: string };

/** The findings that can be placed in the body (a line inside it and a column range), one underline each. */
export function underlinesOf(body: string, findings: readonly LocatedFinding[]): Underline[] {
  const lines = body.split('\n');
  const out: Underline[] = [];
  for (const f of findings) {
    if (f.sectionLine == null || typeof f.column !== 'number') continue;
    const line = f.sectionLine - 1;
    const text = lines[line];
    if (text === undefined) continue;
    const start = Math.max(0, Math.min(text.length, f.column - 1));
    const end = Math.max(start, Math.min(text.length, (typeof f.endColumn === 'number' ? f.endColumn : text.length + 1) - 1));
    if (end > start) out.push({ line, start, end, severity: f.severity, title: `${f.rule}: ${f.message}` });
  }
  return out;
}

/**
 * The section text drawn again behind its textarea, transparent but for a wavy underline
 * under each finding's words (the textarea itself cannot style ranges). Same font,
 * padding and wrapping as the textarea; scrolled with it.
 */
export function FindingUnderlay({ body, findings, scrollTop }: { body: string; findings: readonly LocatedFinding[]; scrollTop: number }) {
  const marks = underlinesOf(body, findings);
  const lines = body.split('\n');
  return (
    <div className="finding-underlay" aria-hidden="true" style={{ transform: `translateY(${-scrollTop}px)` }}>
      {lines.map((text, i) => {
        const here = marks.filter((m) => m.line === i).sort((a, b) => a.start - b.start);
        const parts: ReactNode[] = [];
        let at = 0;
        for (const m of here) {
          if (m.start < at) continue; // overlapping ranges: the first one is drawn
          parts.push(text.slice(at, m.start));
          parts.push(<mark key={`${m.start}-${m.end}`} className={`underline underline-${m.severity}`} title={m.title}>{text.slice(m.start, m.end)}</mark>);
          at = m.end;
        }
        parts.push(text.slice(at));
        return <div key={i} className="underlay-line">{parts}{text === '' ? '\u200b' : null}</div>;
      })}
    </div>
  );
}
