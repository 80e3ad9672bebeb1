/** Quality findings while typing: a debounced call to POST /api/v1/lint with the draft as Markdown. */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api.ts';
import type { Finding, LintResult } from '../contract.ts';
import { buildMarkdown, groupFindings, type SectionText } from './postmortem-markdown.ts';
import { useDebounced } from './useDebounced.ts';

/** Normalises the score of a lint answer to a number. */
export function scoreValue(score: LintResult['score'] | undefined): number | null {
  if (typeof score === 'number') return score;
  return score && typeof score.score === 'number' ? score.score : null;
}

/** Lints the draft 600 ms after typing stops; `initial` shows until the first answer. */
export function useLint(title: string, sections: SectionText[], template: string, initial: { findings: Finding[]; score: number | null }, extras: Record<string, string> = {}) {
  const { markdown, ranges } = useMemo(() => buildMarkdown(title, sections, extras), [title, sections, extras]);
  const debounced = useDebounced(markdown, 600);
  const [result, setResult] = useState(initial);
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });

  useEffect(() => {
    const ctrl = new AbortController();
    setState({ busy: true, error: null });
    api.post<LintResult>('/api/v1/lint', { markdown: debounced, template }, { signal: ctrl.signal }).then(
      (r) => { setResult({ findings: r.findings, score: scoreValue(r.score) }); setState({ busy: false, error: null }); },
      (error: unknown) => { if (!ctrl.signal.aborted) setState({ busy: false, error }); },
    );
    return () => ctrl.abort();
  }, [debounced, template]);

  const grouped = useMemo(() => groupFindings(result.findings, ranges), [result.findings, ranges]);
  return { ...grouped, score: result.score, count: result.findings.length, busy: state.busy || debounced !== markdown, error: state.error };
}
