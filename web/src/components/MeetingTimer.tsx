import { useEffect, useState } from 'react';
import { clock, elapsedAt, goToTopic, parseTimerState, pauseTimer, startTimer, timerView, TIMER_START, type TimerState } from '../lib/meeting-timer.ts';
import type { AgendaItem } from '../contract.ts';

const key = (id: string): string => `debrief.meeting-timer.${id}`;

function saved(id: string): TimerState {
  try { return parseTimerState(sessionStorage.getItem(key(id))) ?? TIMER_START; } catch { return TIMER_START; }
}

/** The facilitator's view: the current topic in large type, its time box counting down, next topic, controls. Survives tab switches and leaving the page. */
export function MeetingTimer({ id, agenda }: { id: string; agenda: AgendaItem[] }) {
  const [state, setState] = useState<TimerState>(() => saved(id));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    try { sessionStorage.setItem(key(id), JSON.stringify(state)); } catch { /* storage full or off: the timer still runs */ }
  }, [id, state]);
  useEffect(() => {
    if (!state.running) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 500);
    // Back from a background tab: show the right time at once.
    const onVisible = (): void => setNow(Date.now());
    document.addEventListener('visibilitychange', onVisible);
    return () => { clearInterval(t); document.removeEventListener('visibilitychange', onVisible); };
  }, [state.running]);

  const { item, total } = elapsedAt(state, now);
  const index = state.index;
  const v = timerView(agenda, index, item, total);
  const go = (to: number): void => { const t = Date.now(); setNow(t); setState((s) => goToTopic(s, to, agenda.length, t)); };
  const done = index >= agenda.length;
  const toggle = (): void => { const t = Date.now(); setNow(t); setState((s) => (s.running ? pauseTimer(s, t) : startTimer(s, t))); };

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
        <button type="button" className="primary" onClick={toggle} disabled={done}>{state.running ? 'Pause' : total > 0 ? 'Resume' : 'Start'}</button>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>Previous topic</button>
        <button type="button" onClick={() => go(index + 1)} disabled={done}>Next topic</button>
        <button type="button" onClick={() => { setState(TIMER_START); setNow(Date.now()); }}>Reset</button>
      </div>
    </section>
  );
}
