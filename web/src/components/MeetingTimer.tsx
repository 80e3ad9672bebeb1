import { useEffect, useState } from 'react';
import { clock, timerView } from '../lib/meeting-timer.ts';
import type { AgendaItem } from '../types.ts';

/** The facilitator's view: the current topic in large type, its time box counting down, next topic, controls. */
export function MeetingTimer({ agenda }: { agenda: AgendaItem[] }) {
  const [running, setRunning] = useState(false);
  const [index, setIndex] = useState(0);
  const [itemElapsed, setItemElapsed] = useState(0);
  const [total, setTotal] = useState(0);

  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => { setItemElapsed((s) => s + 1); setTotal((s) => s + 1); }, 1000);
    return () => clearInterval(t);
  }, [running]);

  const v = timerView(agenda, index, itemElapsed, total);
  const go = (to: number): void => { setIndex(Math.max(0, Math.min(agenda.length, to))); setItemElapsed(0); };
  const done = index >= agenda.length;

  return (
    <section className={`timer${v.over ? ' over' : ''}`} aria-labelledby="timer-h">
      <h2 id="timer-h">Facilitator timer</h2>
      {done ? <p className="timer-topic">Agenda done in {clock(total)} (planned {clock(v.planned)}).</p> : (
        <>
          <p className="timer-step">Topic {index + 1} of {agenda.length} · {v.topic?.owner}</p>
          <p className="timer-topic">{v.topic?.topic}</p>
          <p className="timer-clock" aria-live="off">{v.over ? `over by ${clock(-v.remaining)}` : clock(v.remaining)}</p>
          <progress max={1} value={v.progress} aria-label="Time box used" />
          <p className="muted">
            Elapsed {clock(total)} of {clock(v.planned)} · {v.slack >= 0 ? `${clock(v.slack)} ahead of plan` : `${clock(-v.slack)} behind plan`}
            {v.next && <> · next: {v.next.topic} ({v.next.minutes} min)</>}
          </p>
        </>
      )}
      <div className="row wrap">
        <button type="button" className="primary" onClick={() => setRunning(!running)} disabled={done}>{running ? 'Pause' : total > 0 ? 'Resume' : 'Start'}</button>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>Previous topic</button>
        <button type="button" onClick={() => go(index + 1)} disabled={done}>Next topic</button>
        <button type="button" onClick={() => { setRunning(false); setIndex(0); setItemElapsed(0); setTotal(0); }}>Reset</button>
      </div>
    </section>
  );
}
