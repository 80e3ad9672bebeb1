import { useState } from 'react';
import { Loadable } from '../components/Loadable.tsx';
import { MarkdownView } from '../components/MarkdownView.tsx';
import { useApi } from '../lib/useApi.ts';
import type { WeeklyReview } from '../contract.ts';

const count = (v: unknown): string => (Array.isArray(v) ? String(v.length) : typeof v === 'number' ? String(v) : '—');

/** The weekly action-item review: counts and the review document for a chosen week. */
export function WeeklyReviewPage() {
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const load = useApi<WeeklyReview>(`/api/v1/reviews/weekly?date=${date}`);
  return (
    <section>
      <h1>Weekly action-item review</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>Week of<input type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} /></label>
      </form>
      <Loadable load={load} what="the weekly review">
        {(w) => (
          <>
            <dl className="stats">
              <div><dt>Open</dt><dd>{count(w.open)}</dd></div>
              <div><dt>Completed this week</dt><dd>{count(w.completed)}</dd></div>
              <div><dt>Overdue</dt><dd>{count(w.overdue)}</dd></div>
            </dl>
            <MarkdownView text={w.markdown} label="Weekly review" />
          </>
        )}
      </Loadable>
    </section>
  );
}
